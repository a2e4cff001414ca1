using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Scrap weighed or counted for a part during an order, in the part's stock unit.</summary>
public sealed record ScrapReport(PartNo Part, decimal StockQuantity);
