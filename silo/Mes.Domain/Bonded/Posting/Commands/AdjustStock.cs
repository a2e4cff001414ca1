using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>
/// A stock-take difference booked on a lot with approval, citing the count sheet and a reason. A gain on a lot
/// the book does not know opens it, for which <see cref="Part"/> and <see cref="Status"/> say what it holds.
/// </summary>
public sealed record AdjustStock : LedgerCommand
{
    /// <summary>The lot.</summary>
    public required LotNo Lot { get; init; }

    /// <summary>Surplus or shortage.</summary>
    public required AdjustmentDirection Direction { get; init; }

    /// <summary>The difference in the stock unit.</summary>
    public required decimal StockQuantity { get; init; }

    /// <summary>The part, required when the lot is new.</summary>
    public PartNo? Part { get; init; }

    /// <summary>The status of a new lot.</summary>
    public BondedStatus Status { get; init; } = BondedStatus.Bonded;

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Text("lot", Lot.Value);
        writer.Enum("direction", (AdjustmentDirection?)Direction);
        writer.Number("stockQuantity", StockQuantity);
        writer.Text("part", Part?.Value);
        writer.Enum("status", (BondedStatus?)Status);
    }
}
