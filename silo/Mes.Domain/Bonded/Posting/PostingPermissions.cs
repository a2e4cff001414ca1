using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting.Commands;

namespace Mes.Domain.Bonded.Posting;

/// <summary>
/// Who may post what. Customs reads everything and posts nothing; operators post nothing directly (their
/// completed units make the MES back-flush as <see cref="ActorRole.System"/>); corrections (reversals and stock
/// adjustments) need a manager or an administrator.
/// </summary>
public static class PostingPermissions
{
    /// <summary>True when an actor in <paramref name="role"/> may post <paramref name="command"/>.</summary>
    public static bool MayPost(ActorRole role, LedgerCommand command) => role switch
    {
        ActorRole.Customs or ActorRole.Operator => false,
        ActorRole.Manager or ActorRole.Admin => true,
        _ => command is not (ReverseEntry or AdjustStock),
    };
}
