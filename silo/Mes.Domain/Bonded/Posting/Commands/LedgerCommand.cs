using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>
/// A request to post to an account book. Every command carries the caller's idempotency key, the actor, the
/// documents it rests on and an optional reason. The set of commands is closed: the domain decides each.
/// </summary>
public abstract record LedgerCommand
{
    private protected LedgerCommand()
    {
    }

    /// <summary>The caller's key: a repeat with the same key and payload is answered, not posted again.</summary>
    public required IdempotencyKey IdempotencyKey { get; init; }

    /// <summary>Who posts.</summary>
    public required Actor Actor { get; init; }

    /// <summary>The documents the movement rests on (inventory list line, declaration, approval, count sheet…).</summary>
    public IReadOnlyList<DocumentRef> Documents { get; init; } = [];

    /// <summary>Why, in the poster's words; required for stock adjustments and reversals.</summary>
    public string? Reason { get; init; }

    /// <summary>Writes the command-specific fields for the idempotency digest.</summary>
    internal abstract void Describe(CanonicalWriter writer);
}
