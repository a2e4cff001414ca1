using Mes.Domain.Bonded.Reports;

namespace Mes.Domain.Bonded.Csv;

/// <summary>The consumption variance report as CSV.</summary>
public static class ConsumptionVarianceCsv
{
    /// <summary>The layout.</summary>
    public static readonly CsvTable<ConsumptionVarianceRow> Table = new(
        ("order", r => r.Order.Value),
        ("product", r => r.Product.ToString()),
        ("norm_version", r => CsvCell.Of(r.NormVersion)),
        ("produced", r => CsvCell.Of(r.Produced)),
        ("material", r => r.Material.ToString()),
        ("declared_unit", r => r.DeclaredUnit.Value),
        ("declared", r => CsvCell.Of(r.Declared)),
        ("actual", r => CsvCell.Of(r.Actual)),
        ("variance", r => CsvCell.Of(r.Variance)),
        ("variance_percent", r => CsvCell.Of(r.VariancePercent)),
        ("outside_tolerance", r => CsvCell.Of(r.OutsideTolerance)));

    /// <summary>Writes the report's rows.</summary>
    public static string Write(ConsumptionVarianceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Table.Write(report.Rows);
    }
}
