using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Goods of a lot come back from outward processing.</summary>
public sealed record ReturnFromSubcontractor : LedgerCommand
{
    /// <summary>The lot returning.</summary>
    public required LotNo Lot { get; init; }

    /// <summary>The quantity in the lot's stock unit.</summary>
    public required decimal StockQuantity { get; init; }

    /// <summary>The subcontractor.</summary>
    public required Counterparty Subcontractor { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Text("lot", Lot.Value);
        writer.Number("stockQuantity", StockQuantity);
        writer.Text("subcontractor.code", Subcontractor.Code);
        writer.Text("subcontractor.name", Subcontractor.Name);
    }
}
