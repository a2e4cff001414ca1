using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Goods of a lot found defective (残次品): they leave usable stock but stay on the book until disposed of.</summary>
public sealed record ReportDefective : LedgerCommand
{
    /// <summary>The lot.</summary>
    public required LotNo Lot { get; init; }

    /// <summary>The quantity in the lot's stock unit.</summary>
    public required decimal StockQuantity { get; init; }

    /// <summary>The order the defectives arose in, if any.</summary>
    public OrderNo? Order { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Text("lot", Lot.Value);
        writer.Number("stockQuantity", StockQuantity);
        writer.Text("order", Order?.Value);
    }
}
