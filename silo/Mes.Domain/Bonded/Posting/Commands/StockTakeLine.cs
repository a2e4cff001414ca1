using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>One counted quantity of a stock-take: a part, optionally one lot, in one status, in the stock unit.</summary>
public sealed record StockTakeLine(PartNo Part, LotNo? Lot, BondedStatus Status, decimal StockQuantity);
