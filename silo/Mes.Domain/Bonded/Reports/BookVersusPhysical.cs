using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.MasterData;

namespace Mes.Domain.Bonded.Reports;

/// <summary>Compares a recorded stock-take with the book at the moment of the count and values the shortages.</summary>
public static class BookVersusPhysical
{
    /// <summary>
    /// Compares the counts recorded under stock-take sheet <paramref name="sheet"/> (reversed lines left out) with
    /// the book balances just before the first of them. Values use the average declared value of the item's
    /// receipts up to the count, or the filed unit price where receipts carried no value.
    /// </summary>
    public static BookVersusPhysicalReport Compute(
        IReadOnlyList<JournalEntry> journal, AccountBookMasterData master, string sheet, StockTakeScope scope)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(master);
        var reversed = journal.Where(e => e.Movement.Reverses is not null).Select(e => e.Movement.Reverses!.Sequence).ToHashSet();
        var counts = journal.Where(e => BookVersusPhysicalReport.IsCountOf(e, sheet) && !reversed.Contains(e.Sequence)).ToList();
        if (counts.Count == 0)
        {
            return BookVersusPhysicalReport.Empty(sheet);
        }

        var before = journal.TakeWhile(e => e.Sequence < counts[0].Sequence).ToList();
        var book = LedgerState.Replay(master.Book.No, before);
        var counted = counts
            .GroupBy(e => new BalanceKey(e.Movement.Item, e.Movement.Status))
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Movement.Quantities.Declared.Value));
        var keys = scope == StockTakeScope.Full
            ? counted.Keys.Concat(book.Balances.Where(b => b.Value.Stock + b.Value.Defective != 0).Select(b => b.Key)).Distinct()
            : counted.Keys;
        var at = counts[0].PostedAt;
        var rows = keys
            .OrderBy(k => k.Item)
            .ThenBy(k => k.Status)
            .Select(key => Row(master.Describe(key.Item, at)!, key, book.Balance(key.Item, key.Status), counted.GetValueOrDefault(key), before))
            .ToList();
        return new BookVersusPhysicalReport(sheet, at, rows);
    }

    private static BookVersusPhysicalRow Row(BondedItem item, BalanceKey key, ItemBalance balance, decimal counted, List<JournalEntry> before)
    {
        var onSite = balance.Stock + balance.Defective;
        var difference = counted - onSite;
        var unitValue = item.Precision.UnitPrice(AverageUnitValue(item, key, before));
        var differenceValue = item.Precision.Amount(difference * unitValue);
        var exposure = 0m;
        if (difference < 0 && key.Status == BondedStatus.Bonded)
        {
            var value = -differenceValue;
            var duty = value * item.ImportDutyRatePercent / 100m;
            var vat = (value + duty) * item.VatRatePercent / 100m;
            exposure = item.Precision.Amount(duty + vat);
        }

        return new BookVersusPhysicalRow(key.Item, key.Status, item.Name, item.DeclaredUnit, onSite, balance.AtSubcontractor,
            counted, difference, unitValue, item.Currency, differenceValue, item.ImportDutyRatePercent, item.VatRatePercent, exposure);
    }

    /// <summary>Σ value ÷ Σ quantity of the receipts in the item's currency; the filed unit price when there are none.</summary>
    private static decimal AverageUnitValue(BondedItem item, BalanceKey key, List<JournalEntry> before)
    {
        var receipts = before
            .Where(e => e.Movement.Item == key.Item && e.Movement.Status == key.Status
                && ReconciliationColumns.Of(e.Movement.EffectiveKind) is ReconciliationColumn.Receipts or ReconciliationColumn.CarryIns
                && e.Movement.Value is { } value && value.Currency == item.Currency)
            .ToList();
        var quantity = receipts.Sum(JournalWindow.Signed);
        return quantity > 0
            ? receipts.Sum(e => e.Movement.Value!.Value.Amount * e.Movement.Sign) / quantity
            : item.DeclaredUnitPrice;
    }
}
