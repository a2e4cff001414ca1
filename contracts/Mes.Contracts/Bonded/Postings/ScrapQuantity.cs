namespace Mes.Contracts.Bonded.Postings;

/// <summary>Scrap of a part, in its stock unit.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.scrap-quantity")]
public sealed record ScrapQuantity([property: Id(0)] string Part, [property: Id(1)] decimal StockQuantity);
