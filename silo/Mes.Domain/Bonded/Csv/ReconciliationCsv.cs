using Mes.Domain.Bonded.Reports;

namespace Mes.Domain.Bonded.Csv;

/// <summary>The period reconciliation, and the material and finished-goods write-off tables, as CSV.</summary>
public static class ReconciliationCsv
{
    /// <summary>The layout.</summary>
    public static readonly CsvTable<ReconciliationRow> Table = new(
        ("item", r => r.Item.ToString()),
        ("status", r => CsvCell.Text(r.Status)),
        ("name", r => r.Name),
        ("declared_unit", r => r.DeclaredUnit.Value),
        ("opening", r => CsvCell.Of(r.Opening)),
        ("receipts", r => CsvCell.Of(r.Receipts)),
        ("carry_ins", r => CsvCell.Of(r.CarryIns)),
        ("produced", r => CsvCell.Of(r.Produced)),
        ("consumed", r => CsvCell.Of(r.Consumed)),
        ("exported", r => CsvCell.Of(r.Exported)),
        ("domestic_sold", r => CsvCell.Of(r.DomesticSold)),
        ("carried_out", r => CsvCell.Of(r.CarriedOut)),
        ("disposed", r => CsvCell.Of(r.Disposed)),
        ("adjusted_in", r => CsvCell.Of(r.AdjustedIn)),
        ("adjusted_out", r => CsvCell.Of(r.AdjustedOut)),
        ("expected_closing", r => CsvCell.Of(r.ExpectedClosing)),
        ("closing", r => CsvCell.Of(r.Closing)),
        ("reconciles", r => CsvCell.Of(r.Reconciles)),
        ("scrap_opening", r => CsvCell.Of(r.ScrapOpening)),
        ("scrap_generated", r => CsvCell.Of(r.ScrapGenerated)),
        ("scrap_disposed", r => CsvCell.Of(r.ScrapDisposed)),
        ("scrap_closing", r => CsvCell.Of(r.ScrapClosing)),
        ("theoretical_scrap", r => CsvCell.Of(r.TheoreticalScrap)));

    /// <summary>Writes the rows.</summary>
    public static string Write(IEnumerable<ReconciliationRow> rows) => Table.Write(rows);
}
