using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Reports;

/// <summary>What the shop floor actually used of a part for an order (reels issued minus returned), in the stock unit.</summary>
public sealed record ActualConsumption(OrderNo Order, PartNo Part, decimal StockQuantity);
