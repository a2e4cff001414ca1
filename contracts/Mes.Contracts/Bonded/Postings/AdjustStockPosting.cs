namespace Mes.Contracts.Bonded.Postings;

/// <summary>A stock-take difference booked on a lot with approval, citing the count sheet and a reason.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.adjust-stock")]
public sealed record AdjustStockPosting : BondedPosting
{
    /// <summary>The lot.</summary>
    [Id(0)] public required string Lot { get; init; }

    /// <summary><c>Gain</c> or <c>Loss</c>.</summary>
    [Id(1)] public required string Direction { get; init; }

    /// <summary>The difference in the stock unit.</summary>
    [Id(2)] public required decimal StockQuantity { get; init; }

    /// <summary>The part, required when the lot is new.</summary>
    [Id(3)] public string? Part { get; init; }

    /// <summary>The status of a new lot.</summary>
    [Id(4)] public string Status { get; init; } = "Bonded";
}
