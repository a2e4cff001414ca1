using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>
/// The counted quantities of a stock-take, recorded against the count sheet in <see cref="LedgerCommand.Documents"/>.
/// Moves no balance; the book-versus-physical report compares them with the book.
/// </summary>
public sealed record RecordStockTakeCount : LedgerCommand
{
    /// <summary>The counted lines.</summary>
    public required IReadOnlyList<StockTakeLine> Lines { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Integer("lines.count", Lines.Count);
        foreach (var line in Lines)
        {
            writer.Text("line.part", line.Part.Value);
            writer.Text("line.lot", line.Lot?.Value);
            writer.Enum("line.status", (BondedStatus?)line.Status);
            writer.Number("line.stockQuantity", line.StockQuantity);
        }
    }
}
