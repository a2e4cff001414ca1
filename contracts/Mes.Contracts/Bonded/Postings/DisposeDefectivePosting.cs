namespace Mes.Contracts.Bonded.Postings;

/// <summary>Defectives of a lot disposed of with customs approval.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.dispose-defective")]
public sealed record DisposeDefectivePosting : DisposalPosting
{
    /// <summary>The lot.</summary>
    [Id(0)] public required string Lot { get; init; }
}
