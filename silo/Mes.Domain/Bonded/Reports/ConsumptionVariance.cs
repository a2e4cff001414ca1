using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.MasterData;

namespace Mes.Domain.Bonded.Reports;

/// <summary>Compares the consumption booked by norm with the consumption the floor measured, per order and material.</summary>
public static class ConsumptionVariance
{
    /// <summary>
    /// Rows per order and material of the orders that appear in <paramref name="actuals"/>. Actual quantities are
    /// converted with the part's mapping in force when the order's finished goods were first booked.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative tolerance.</exception>
    public static ConsumptionVarianceReport Compute(
        IReadOnlyList<JournalEntry> journal, AccountBookMasterData master, IEnumerable<ActualConsumption> actuals, decimal tolerancePercent)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(master);
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerancePercent);
        var byOrder = journal.Where(e => e.Movement.Order is not null).GroupBy(e => e.Movement.Order!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var rows = new List<ConsumptionVarianceRow>();
        var notCompared = new List<ActualConsumption>();
        foreach (var order in actuals.GroupBy(a => a.Order))
        {
            var production = byOrder.GetValueOrDefault(order.Key, [])
                .Where(e => e.Movement.EffectiveKind == EntryKind.FinishedGoodsProduced && e.Movement.Norm is not null)
                .ToList();
            if (production.Count == 0)
            {
                notCompared.AddRange(order);
                continue;
            }

            var at = production[0].PostedAt;
            var actual = new Dictionary<ItemNo, decimal>();
            foreach (var line in order)
            {
                if (master.MappingAt(line.Part, at) is { } mapping && master.ItemAt(mapping.Item, at) is { } item)
                {
                    actual[item.No] = actual.GetValueOrDefault(item.No) + item.Precision.Quantity(line.StockQuantity * mapping.Factor);
                }
                else
                {
                    notCompared.Add(line);
                }
            }

            rows.AddRange(Rows(master, order.Key, production, byOrder[order.Key], actual, tolerancePercent, at));
        }

        return new ConsumptionVarianceReport(tolerancePercent, rows, notCompared);
    }

    private static IEnumerable<ConsumptionVarianceRow> Rows(
        AccountBookMasterData master,
        OrderNo order,
        List<JournalEntry> production,
        List<JournalEntry> entries,
        Dictionary<ItemNo, decimal> actual,
        decimal tolerance,
        DateTimeOffset at)
    {
        var norm = production[0].Movement.Norm!;
        var produced = production.Sum(JournalWindow.Signed);
        var declared = entries
            .Where(e => e.Movement.EffectiveKind == EntryKind.Consumption)
            .GroupBy(e => e.Movement.Item)
            .ToDictionary(g => g.Key, g => g.Sum(JournalWindow.Signed));
        foreach (var material in declared.Keys.Union(actual.Keys).Order())
        {
            var booked = declared.GetValueOrDefault(material);
            var used = actual.GetValueOrDefault(material);
            var variance = used - booked;
            decimal? percent = booked == 0 ? null : Math.Round(variance / booked * 100m, 2, MidpointRounding.AwayFromZero);
            var outside = percent is { } p ? Math.Abs(p) > tolerance : used != 0;
            yield return new ConsumptionVarianceRow(order, norm.Product, norm.Version, produced, material,
                master.Describe(material, at)!.DeclaredUnit, booked, used, variance, percent, outside);
        }
    }
}
