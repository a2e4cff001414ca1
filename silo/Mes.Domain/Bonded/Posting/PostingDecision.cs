using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting;

/// <summary>What <see cref="BondedLedger.Decide"/> answers to a command.</summary>
public abstract record PostingDecision
{
    private PostingDecision()
    {
    }

    /// <summary>
    /// The command is accepted. Append <paramref name="Entries"/> to the journal in one transaction, then
    /// apply them to the state; they are chained to the state's last hash and numbered after its last entry.
    /// </summary>
    public sealed record Posted(IReadOnlyList<JournalEntry> Entries) : PostingDecision;

    /// <summary>The same command was posted before under its idempotency key; these are the entries it produced.</summary>
    public sealed record AlreadyPosted(IReadOnlyList<JournalEntry> Entries) : PostingDecision;

    /// <summary>The command breaks <paramref name="Rule"/>; nothing may be written.</summary>
    /// <param name="Rule">The rule broken.</param>
    /// <param name="Message">What is wrong, in words a user can act on.</param>
    /// <param name="Field">The command property at fault, if one is.</param>
    public sealed record Refused(LedgerRule Rule, string Message, string? Field) : PostingDecision
    {
        /// <summary>The rule's stable code.</summary>
        public string Code => Rule.Code();

        /// <summary>The rule's category.</summary>
        public RefusalCategory Category => Rule.Category();
    }
}
