namespace Mes.Contracts.Bonded.Postings;

/// <summary>One counted quantity: a part, optionally one lot, in <c>Bonded</c> or <c>NonBonded</c> status, in the stock unit.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.stock-take-count")]
public sealed record StockTakeCount(
    [property: Id(0)] string Part,
    [property: Id(1)] string? Lot,
    [property: Id(2)] string Status,
    [property: Id(3)] decimal StockQuantity);
