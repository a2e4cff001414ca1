using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Reports;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Reports;

public sealed class BalanceAndLedgerTests
{
    private readonly HandWorkedMarch month = new();

    [Fact]
    public void Every_filed_item_appears_in_the_balances_even_before_its_first_movement()
    {
        var rows = BalanceReport.Compute(LedgerStateOfNothing(), SampleBook.MasterData, month.March.From);

        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.Equal(0m, r.Book));
    }

    [Fact]
    public void Balances_as_of_the_end_of_the_period_leave_out_later_movements()
    {
        // The April receipt of 2 000 capacitors comes after the period: 8 470 at the end of March, 10 470 now.
        var march = BalanceReport.AsOf(month.Book.Journal, month.Book.Master, month.March.To).Single(r => r.Item == ItemNo.Parse("I4"));
        var now = BalanceReport.Compute(month.Book.State, month.Book.Master, month.Book.Now).Single(r => r.Item == ItemNo.Parse("I4"));

        Assert.Equal((8_470m, 10_470m), (march.Book, now.Book));
    }

    [Fact]
    public void The_running_balance_of_an_item_s_ledger_ends_at_its_closing_balance()
    {
        var ledger = ItemLedger.Compute(month.Book.Journal, month.Book.Master, ItemNo.Parse("I4"), BondedStatus.Bonded, month.March);

        Assert.Equal(10_000m, ledger.Opening);
        Assert.Equal(8_470m, ledger.Lines[^1].Balance);
        Assert.Equal(ledger.Closing, ledger.Opening + ledger.Lines.Sum(l => l.In - l.Out));
    }

    [Fact]
    public void Scrap_movements_appear_in_the_ledger_without_changing_the_book_balance()
    {
        var ledger = ItemLedger.Compute(month.Book.Journal, month.Book.Master, ItemNo.Parse("I4"), BondedStatus.Bonded, month.March);

        var scrap = ledger.Lines.Where(l => l.Kind is EntryKind.ScrapGenerated or EntryKind.ScrapDisposed).ToList();
        Assert.Equal(2, scrap.Count);
        Assert.All(scrap, l => Assert.Equal((0m, 0m), (l.In, l.Out)));
    }

    private static Mes.Domain.Bonded.Ledger.LedgerState LedgerStateOfNothing() =>
        Mes.Domain.Bonded.Ledger.LedgerState.Empty(SampleBook.MasterData.Book.No);
}
