namespace Mes.Contracts.Bonded;

/// <summary>
/// The answer to a list of postings made together: one result per posting, in order, when every one was posted (or
/// had been before); otherwise the refusal of the first posting refused, and nothing of the list is written.
/// </summary>
/// <param name="Lines">The result of each posting; empty when the list was refused.</param>
/// <param name="Refusal">The refusal, naming the posting (<c>lines[3].lot</c>) when one of them broke a rule.</param>
[GenerateSerializer, Immutable, Alias("mes.bonded.posting-list-result")]
public sealed record PostingListResult(
    [property: Id(0)] IReadOnlyList<PostingResult> Lines,
    [property: Id(1)] PostingRefusal? Refusal)
{
    /// <summary>A refusal, with nothing written.</summary>
    public static PostingListResult Refused(PostingRefusal refusal) => new([], refusal);
}
