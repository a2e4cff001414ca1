namespace Mes.Contracts.Bonded.Postings;

/// <summary>Cancels an entry by a reversing entry, citing a correction voucher and a reason.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.reverse-entry")]
public sealed record ReverseEntryPosting : BondedPosting
{
    /// <summary>The sequence number of the entry to reverse.</summary>
    [Id(0)] public required long Sequence { get; init; }
}
