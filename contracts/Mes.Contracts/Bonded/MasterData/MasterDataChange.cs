namespace Mes.Contracts.Bonded.MasterData;

/// <summary>
/// The answer to a filing or a declared change: the book's change count after it, or every problem found
/// (nothing changed), or a refusal of the request itself (unknown book, book already filed).
/// </summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.master-data-change")]
public sealed record MasterDataChange(
    [property: Id(0)] int? ChangeCount,
    [property: Id(1)] IReadOnlyList<MasterDataProblem> Problems,
    [property: Id(2)] PostingRefusal? Refusal)
{
    /// <summary>True when the change was stored.</summary>
    public bool Accepted => ChangeCount is not null;
}
