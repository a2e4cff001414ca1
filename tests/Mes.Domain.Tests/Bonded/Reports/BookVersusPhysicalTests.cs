using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Bonded.Reports;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Reports;

public sealed class BookVersusPhysicalTests
{
    private readonly HandWorkedMarch month = new();

    public BookVersusPhysicalTests()
    {
        // Counted after the April receipt: capacitors 3 480 + 4 970 + 2 000, paste 1 000 g.
        month.Book.Posted(new RecordStockTakeCount
        {
            IdempotencyKey = Commands.Key(),
            Actor = Actors.Supervisor,
            Documents = [Docs.CountSheet("ST-2025-04")],
            Lines =
            [
                new StockTakeLine(Ids.Cap, new LotNo("CAP-A"), BondedStatus.Bonded, 3_480m),
                new StockTakeLine(Ids.Cap, new LotNo("CAP-B"), BondedStatus.Bonded, 4_970m),
                new StockTakeLine(Ids.Cap, new LotNo("CAP-C"), BondedStatus.Bonded, 2_000m),
                new StockTakeLine(Ids.Paste, new LotNo("PASTE-A"), BondedStatus.Bonded, 1_000m),
            ],
        });
    }

    private BookVersusPhysicalReport Report(StockTakeScope scope = StockTakeScope.CountedItemsOnly) =>
        BookVersusPhysical.Compute(month.Book.Journal, month.Book.Master, "ST-2025-04", scope);

    [Fact]
    public void A_shortage_is_valued_at_the_average_declared_value_of_the_receipts()
    {
        // Book 8 470 + 2 000 = 10 470; counted 10 450: 20 short. Receipts with a value: (400 + 200) / (10 000 + 5 000)
        // = 0.04 USD each (CAP-C came without one), so the shortage is worth −20 × 0.04 = −0.80.
        var row = Report().Rows.Single(r => r.Item == ItemNo.Parse("I4"));

        Assert.Equal((10_470m, 10_450m, -20m, 0.04m, -0.80m), (row.BookOnSite, row.Counted, row.Difference, row.UnitValue, row.DifferenceValue));
    }

    [Fact]
    public void The_duty_exposure_of_a_shortage_is_duty_plus_import_vat_on_value_and_duty()
    {
        // Paste: book 1.1 kg, counted 1.0 kg, 0.1 kg short at 78 / 1.5 = 52 USD/kg = 5.20.
        // Duty 5.20 × 6.5 % = 0.338; VAT (5.20 + 0.338) × 13 % = 0.71994; exposure 1.05794 → 1.06.
        var row = Report().Rows.Single(r => r.Item == ItemNo.Parse("I9"));

        Assert.Equal((-0.1m, -5.20m, 1.06m), (row.Difference, row.DifferenceValue, row.DutyExposure));
    }

    [Fact]
    public void The_exposure_of_a_count_adds_up_per_currency()
    {
        // Capacitors: VAT 13 % of 0.80 = 0.104 → 0.10; paste 1.06 (above). Both in US dollars (502): 1.16.
        Assert.Equal(new Dictionary<string, decimal> { ["502"] = 1.16m }, Report().ExposureByCurrency);
    }

    [Fact]
    public void A_cycle_count_compares_only_the_items_on_its_sheet()
    {
        Assert.Equal([ItemNo.Parse("I4"), ItemNo.Parse("I9")], Report().Rows.Select(r => r.Item).ToArray());
    }

    [Fact]
    public void A_full_count_treats_an_item_with_stock_that_is_not_on_the_sheet_as_found_zero()
    {
        // 77 boards on the book (75 in stock, 2 defective) and none counted.
        var boards = Report(StockTakeScope.Full).Rows.Single(r => r.Item == ItemNo.Parse("E1"));

        Assert.Equal((77m, 0m, -77m), (boards.BookOnSite, boards.Counted, boards.Difference));
    }

    [Fact]
    public void A_reversed_count_line_is_left_out()
    {
        var paste = month.Book.Journal.Single(e => e.Movement.Kind == EntryKind.StockTakeCount && e.Movement.Item == ItemNo.Parse("I9"));
        month.Book.Posted(Commands.Reverse(paste.Sequence));

        Assert.DoesNotContain(Report().Rows, r => r.Item == ItemNo.Parse("I9"));
    }
}
