using Mes.Domain.Bonded.Reports;

namespace Mes.Domain.Bonded.Csv;

/// <summary>The balance report as CSV.</summary>
public static class BalanceCsv
{
    /// <summary>The layout.</summary>
    public static readonly CsvTable<ItemBalanceRow> Table = new(
        ("item", r => r.Item.ToString()),
        ("status", r => CsvCell.Text(r.Status)),
        ("name", r => r.Name),
        ("hs_code", r => r.HsCode.Value),
        ("declared_unit", r => r.DeclaredUnit.Value),
        ("stock", r => CsvCell.Of(r.Stock)),
        ("at_subcontractor", r => CsvCell.Of(r.AtSubcontractor)),
        ("defective", r => CsvCell.Of(r.Defective)),
        ("book", r => CsvCell.Of(r.Book)),
        ("suspense", r => CsvCell.Of(r.Suspense)),
        ("scrap", r => CsvCell.Of(r.Scrap)));

    /// <summary>Writes the rows.</summary>
    public static string Write(IEnumerable<ItemBalanceRow> rows) => Table.Write(rows);
}
