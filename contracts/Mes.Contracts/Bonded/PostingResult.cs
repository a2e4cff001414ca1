namespace Mes.Contracts.Bonded;

/// <summary>The answer to a posting: the entries written (or written before, for a repeat), or the refusal.</summary>
/// <param name="Outcome">Posted, already posted, or refused.</param>
/// <param name="Entries">The journal entries of the posting; empty when refused.</param>
/// <param name="ReceivedLots">Lots the posting received (import, carry-over in, suspense release).</param>
/// <param name="Refusal">The refusal, when refused.</param>
[GenerateSerializer, Immutable, Alias("mes.bonded.posting-result")]
public sealed record PostingResult(
    [property: Id(0)] PostingOutcome Outcome,
    [property: Id(1)] IReadOnlyList<JournalEntryView> Entries,
    [property: Id(2)] IReadOnlyList<ReceivedLot> ReceivedLots,
    [property: Id(3)] PostingRefusal? Refusal)
{
    /// <summary>A refusal, with nothing written.</summary>
    public static PostingResult Refused(PostingRefusal refusal) => new(PostingOutcome.Refused, [], [], refusal);
}
