namespace Mes.Contracts.Bonded.Reports;

/// <summary>The first entry at which the chain breaks.</summary>
/// <param name="Position">1-based position in the journal as read.</param>
/// <param name="Sequence">The sequence the entry carries.</param>
/// <param name="Problem"><c>SequenceGap</c>, <c>WrongBook</c>, <c>BrokenLink</c>, <c>HashMismatch</c> or <c>Unreadable</c>.</param>
/// <param name="Message">The same in words, with the expected and found values.</param>
[GenerateSerializer, Immutable, Alias("mes.bonded.broken-entry")]
public sealed record BrokenEntryView(
    [property: Id(0)] long Position,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string Problem,
    [property: Id(3)] string Message);
