using Mes.Domain.Bonded.Reports;

namespace Mes.Domain.Bonded.Csv;

/// <summary>The book-versus-physical report as CSV.</summary>
public static class BookVersusPhysicalCsv
{
    /// <summary>The layout.</summary>
    public static readonly CsvTable<BookVersusPhysicalRow> Table = new(
        ("item", r => r.Item.ToString()),
        ("status", r => CsvCell.Text(r.Status)),
        ("name", r => r.Name),
        ("declared_unit", r => r.DeclaredUnit.Value),
        ("book_on_site", r => CsvCell.Of(r.BookOnSite)),
        ("at_subcontractor", r => CsvCell.Of(r.AtSubcontractor)),
        ("counted", r => CsvCell.Of(r.Counted)),
        ("difference", r => CsvCell.Of(r.Difference)),
        ("unit_value", r => CsvCell.Of(r.UnitValue)),
        ("currency", r => r.Currency.Value),
        ("difference_value", r => CsvCell.Of(r.DifferenceValue)),
        ("duty_rate_percent", r => CsvCell.Of(r.DutyRatePercent)),
        ("vat_rate_percent", r => CsvCell.Of(r.VatRatePercent)),
        ("duty_exposure", r => CsvCell.Of(r.DutyExposure)));

    /// <summary>Writes the report's rows.</summary>
    public static string Write(BookVersusPhysicalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Table.Write(report.Rows);
    }
}
