using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.MasterData;

namespace Mes.Domain.Bonded.Reports;

/// <summary>Balances per item: every filed item in bonded status, and non-bonded balances where they exist.</summary>
public static class BalanceReport
{
    /// <summary>The balances of the state, items described as in force at <paramref name="at"/>.</summary>
    public static IReadOnlyList<ItemBalanceRow> Compute(LedgerState state, AccountBookMasterData master, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(master);
        var keys = master.Items.Select(i => new BalanceKey(i.No, BondedStatus.Bonded))
            .Concat(state.Balances.Keys)
            .Distinct()
            .OrderBy(k => k.Item)
            .ThenBy(k => k.Status);
        return keys.Select(key =>
        {
            var item = master.Describe(key.Item, at)!;
            var b = state.Balance(key.Item, key.Status);
            return new ItemBalanceRow(key.Item, key.Status, item.Name, item.HsCode, item.DeclaredUnit,
                b.Stock, b.AtSubcontractor, b.Defective, b.Book, b.Suspense, b.Scrap);
        }).ToList();
    }

    /// <summary>The balances as they stood at <paramref name="at"/>, from the journal.</summary>
    public static IReadOnlyList<ItemBalanceRow> AsOf(IEnumerable<JournalEntry> journal, AccountBookMasterData master, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(master);
        return Compute(JournalWindow.StateAt(master, journal, at), master, at);
    }
}
