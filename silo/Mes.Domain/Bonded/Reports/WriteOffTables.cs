using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.MasterData;

namespace Mes.Domain.Bonded.Reports;

/// <summary>Builds the write-off package of a period.</summary>
public static class WriteOffTables
{
    /// <summary>The material, finished-goods, norm and document tables of the bonded stock over <paramref name="period"/>.</summary>
    public static WriteOffPackage Compute(IReadOnlyList<JournalEntry> journal, AccountBookMasterData master, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(master);
        var bonded = PeriodReconciliation.Compute(journal, master, period).Where(r => r.Status == BondedStatus.Bonded).ToList();
        return new WriteOffPackage(
            master.Book,
            period,
            bonded.Where(r => r.Item.Kind == ItemKind.Material).ToList(),
            bonded.Where(r => r.Item.Kind == ItemKind.FinishedGood).ToList(),
            NormConsumption(JournalWindow.Within(journal, period).ToList(), master, period),
            DocumentMovements.Compute(journal, period));
    }

    private static List<NormConsumptionRow> NormConsumption(List<JournalEntry> entries, AccountBookMasterData master, ReportingPeriod period)
    {
        var produced = entries
            .Where(e => e.Movement.EffectiveKind == EntryKind.FinishedGoodsProduced && e.Movement.Norm is not null)
            .GroupBy(e => e.Movement.Norm!)
            .ToDictionary(g => g.Key, g => g.Sum(JournalWindow.Signed));
        return entries
            .Where(e => e.Movement.EffectiveKind == EntryKind.Consumption && e.Movement.Status == BondedStatus.Bonded
                && e.Movement.Norm is not null && e.Movement.Consumption is not null)
            .GroupBy(e => (e.Movement.Norm!, e.Movement.Item))
            .Select(g =>
            {
                var (norm, material) = g.Key;
                var basis = g.First().Movement.Consumption!;
                var units = produced.GetValueOrDefault(norm);
                var consumed = g.Sum(JournalWindow.Signed);
                var precision = master.Describe(material, period.To.AddTicks(-1))!.Precision;
                var gross = UnitConsumptionNorm.GrossOf(basis.Net, basis.TangibleLossPercent + basis.IntangibleLossPercent);
                var net = precision.Quantity(units * basis.Net * basis.BondedSharePercent / 100m);
                return new NormConsumptionRow(norm.Product, norm.Version, material, units, basis.Net, basis.TangibleLossPercent,
                    basis.IntangibleLossPercent, gross, basis.BondedSharePercent, consumed, net, consumed - net,
                    g.Sum(e => e.Movement.Consumption!.TheoreticalScrap * e.Movement.Sign));
            })
            .OrderBy(r => r.Product)
            .ThenBy(r => r.NormVersion)
            .ThenBy(r => r.Material)
            .ToList();
    }
}
