using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>
/// Cancels an entry by a reversing entry (a correction is a reversal, never an edit), citing a correction
/// voucher and a reason. Reversals themselves are not reversed: post the movement again instead.
/// </summary>
public sealed record ReverseEntry : LedgerCommand
{
    /// <summary>The sequence number of the entry to reverse.</summary>
    public required long Sequence { get; init; }

    internal override void Describe(CanonicalWriter writer) => writer.Integer("sequence", Sequence);
}
