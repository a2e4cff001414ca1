using Mes.Domain.Bonded.Reports;

namespace Mes.Domain.Bonded.Csv;

/// <summary>The norm write-off table as CSV.</summary>
public static class NormConsumptionCsv
{
    /// <summary>The layout.</summary>
    public static readonly CsvTable<NormConsumptionRow> Table = new(
        ("product", r => r.Product.ToString()),
        ("norm_version", r => CsvCell.Of(r.NormVersion)),
        ("material", r => r.Material.ToString()),
        ("produced", r => CsvCell.Of(r.Produced)),
        ("net", r => CsvCell.Of(r.Net)),
        ("tangible_loss_percent", r => CsvCell.Of(r.TangibleLossPercent)),
        ("intangible_loss_percent", r => CsvCell.Of(r.IntangibleLossPercent)),
        ("gross", r => CsvCell.Of(r.Gross)),
        ("bonded_share_percent", r => CsvCell.Of(r.BondedSharePercent)),
        ("consumed", r => CsvCell.Of(r.Consumed)),
        ("net_consumption", r => CsvCell.Of(r.NetConsumption)),
        ("theoretical_loss", r => CsvCell.Of(r.TheoreticalLoss)),
        ("theoretical_scrap", r => CsvCell.Of(r.TheoreticalScrap)));

    /// <summary>Writes the rows.</summary>
    public static string Write(IEnumerable<NormConsumptionRow> rows) => Table.Write(rows);
}
