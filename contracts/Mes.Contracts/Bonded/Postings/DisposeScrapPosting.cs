namespace Mes.Contracts.Bonded.Postings;

/// <summary>Scrap of a material sold, returned abroad or destroyed.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.dispose-scrap")]
public sealed record DisposeScrapPosting : DisposalPosting
{
    /// <summary>The part whose scrap leaves.</summary>
    [Id(0)] public required string Part { get; init; }
}
