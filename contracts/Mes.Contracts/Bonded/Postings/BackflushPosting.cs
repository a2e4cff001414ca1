namespace Mes.Contracts.Bonded.Postings;

/// <summary>
/// Units of a bonded order are complete: book the finished goods and back-flush every material of the norm
/// version (gross × quantity), plus the scrap reported. The production side posts it when an order, or a batch
/// of its units, completes.
/// </summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.backflush")]
public sealed record BackflushPosting : BondedPosting
{
    /// <summary>The production order number.</summary>
    [Id(0)] public required string Order { get; init; }

    /// <summary>The finished part (mapped to an E item).</summary>
    [Id(1)] public required string Product { get; init; }

    /// <summary>The completed quantity in the product's stock unit.</summary>
    [Id(2)] public required decimal CompletedQuantity { get; init; }

    /// <summary>The norm version the order consumes under.</summary>
    [Id(3)] public required int NormVersion { get; init; }

    /// <summary>The lot the finished goods go into.</summary>
    [Id(4)] public required string FinishedGoodsLot { get; init; }

    /// <summary>Material lots consumed (the reels loaded), taken before the oldest lots.</summary>
    [Id(5)] public IReadOnlyList<string> ConsumedLots { get; init; } = [];

    /// <summary>Scrap reported for the order.</summary>
    [Id(6)] public IReadOnlyList<ScrapQuantity> Scrap { get; init; } = [];
}
