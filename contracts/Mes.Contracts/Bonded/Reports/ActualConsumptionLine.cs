namespace Mes.Contracts.Bonded.Reports;

/// <summary>What the floor actually used of a part for an order (issued minus returned), in the stock unit.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.actual-consumption")]
public sealed record ActualConsumptionLine([property: Id(0)] string Order, [property: Id(1)] string Part, [property: Id(2)] decimal StockQuantity);
