using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.MasterData;

namespace Mes.Domain.Bonded.Reports;

/// <summary>The reconciliation of every item over a period [from, to) of the book.</summary>
public static class PeriodReconciliation
{
    /// <summary>
    /// One row per filed item in bonded status, and per non-bonded balance that exists, computed from the
    /// journal: balances replayed at both ends, movements summed per column in between.
    /// </summary>
    public static IReadOnlyList<ReconciliationRow> Compute(
        IReadOnlyList<JournalEntry> journal, AccountBookMasterData master, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(master);
        var opening = JournalWindow.StateAt(master, journal, period.From);
        var closing = JournalWindow.StateAt(master, journal, period.To);
        var movements = JournalWindow.Within(journal, period)
            .GroupBy(e => new BalanceKey(e.Movement.Item, e.Movement.Status))
            .ToDictionary(g => g.Key, g => g.ToList());
        var keys = master.Items.Select(i => new BalanceKey(i.No, BondedStatus.Bonded))
            .Concat(closing.Balances.Keys)
            .Distinct()
            .OrderBy(k => k.Item)
            .ThenBy(k => k.Status);
        return keys.Select(key => Row(master, period, key, opening.Balance(key.Item, key.Status),
            closing.Balance(key.Item, key.Status), movements.GetValueOrDefault(key, []))).ToList();
    }

    private static ReconciliationRow Row(
        AccountBookMasterData master, ReportingPeriod period, BalanceKey key, ItemBalance opening, ItemBalance closing, List<JournalEntry> entries)
    {
        var item = master.Describe(key.Item, period.To.AddTicks(-1))!;
        var columns = entries
            .GroupBy(e => ReconciliationColumns.Of(e.Movement.EffectiveKind))
            .ToDictionary(g => g.Key, g => g.Sum(JournalWindow.Signed));
        decimal Sum(ReconciliationColumn column) => columns.GetValueOrDefault(column);
        return new ReconciliationRow
        {
            Item = key.Item,
            Status = key.Status,
            Name = item.Name,
            DeclaredUnit = item.DeclaredUnit,
            Opening = opening.Book,
            Receipts = Sum(ReconciliationColumn.Receipts),
            CarryIns = Sum(ReconciliationColumn.CarryIns),
            Produced = Sum(ReconciliationColumn.Produced),
            Consumed = Sum(ReconciliationColumn.Consumed),
            Exported = Sum(ReconciliationColumn.Exported),
            DomesticSold = Sum(ReconciliationColumn.DomesticSold),
            CarriedOut = Sum(ReconciliationColumn.CarriedOut),
            Disposed = Sum(ReconciliationColumn.Disposed),
            AdjustedIn = Sum(ReconciliationColumn.AdjustedIn),
            AdjustedOut = Sum(ReconciliationColumn.AdjustedOut),
            Closing = closing.Book,
            ScrapOpening = opening.Scrap,
            ScrapGenerated = Sum(ReconciliationColumn.ScrapGenerated),
            ScrapDisposed = Sum(ReconciliationColumn.ScrapDisposed),
            ScrapClosing = closing.Scrap,
            TheoreticalScrap = entries
                .Where(e => e.Movement.EffectiveKind == EntryKind.Consumption)
                .Sum(e => (e.Movement.Consumption?.TheoreticalScrap ?? 0m) * e.Movement.Sign),
        };
    }
}
