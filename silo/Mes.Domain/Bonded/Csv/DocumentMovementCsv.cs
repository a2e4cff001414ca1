using Mes.Domain.Bonded.Reports;

namespace Mes.Domain.Bonded.Csv;

/// <summary>The document table of the write-off package, and the movement list of a document, as CSV.</summary>
public static class DocumentMovementCsv
{
    /// <summary>The layout.</summary>
    public static readonly CsvTable<DocumentMovementRow> Table = new(
        ("document_type", r => CsvCell.Text(r.Document.Type)),
        ("document_number", r => r.Document.Number),
        ("document_line", r => CsvCell.Of(r.Document.Line)),
        ("first_posted_at", r => CsvCell.Of(r.FirstPostedAt)),
        ("kind", r => CsvCell.Text(r.Kind)),
        ("item", r => r.Item.ToString()),
        ("status", r => CsvCell.Text(r.Status)),
        ("declared_quantity", r => CsvCell.Of(r.DeclaredQuantity)),
        ("declared_unit", r => r.DeclaredUnit.Value),
        ("amount", r => CsvCell.Of(r.Amount)),
        ("currency", r => CsvCell.Text(r.Currency)),
        ("entries", r => CsvCell.Of(r.Entries)));

    /// <summary>Writes the rows.</summary>
    public static string Write(IEnumerable<DocumentMovementRow> rows) => Table.Write(rows);
}
