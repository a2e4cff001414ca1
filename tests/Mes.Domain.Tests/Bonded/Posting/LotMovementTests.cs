using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Posting;

public sealed class LotMovementTests
{
    private readonly Book book = new();

    public LotMovementTests()
    {
        foreach (var receipt in Commands.ReceiveKit(boards: 100))
        {
            book.Posted(receipt);
        }
    }

    private static ReportDefective Defective(string lot, decimal quantity) => new()
    {
        IdempotencyKey = Commands.Key(),
        Actor = Actors.Supervisor,
        Lot = new LotNo(lot),
        StockQuantity = quantity,
        Documents = [Docs.QualityReport("QR-1")],
    };

    private static DisposeScrap Scrap(PartNo part, decimal quantity, DisposalMode mode) => new()
    {
        IdempotencyKey = Commands.Key(),
        Actor = Actors.Erp,
        Part = part,
        StockQuantity = quantity,
        Mode = mode,
        Documents = [Docs.Approval("DEST-1")],
    };

    [Fact]
    public void Defectives_leave_usable_stock_but_stay_on_the_book()
    {
        book.Posted(Defective("L1-PCB-GW100", 5m));

        var boards = book.Balance("I1");
        Assert.Equal((2995m, 5m, 3000m), (boards.Stock, boards.Defective, boards.Book));
    }

    [Fact]
    public void Disposing_of_defectives_takes_them_off_the_book()
    {
        book.Posted(Defective("L1-PCB-GW100", 5m));

        book.Posted(new DisposeDefective
        {
            IdempotencyKey = Commands.Key(),
            Actor = Actors.Erp,
            Lot = new LotNo("L1-PCB-GW100"),
            StockQuantity = 5m,
            Mode = DisposalMode.Destruction,
            Documents = [Docs.Approval("DEST-1")],
        });

        Assert.Equal((0m, 2995m), (book.Balance("I1").Defective, book.Balance("I1").Book));
    }

    [Fact]
    public void More_scrap_than_the_scrap_on_hand_cannot_be_disposed_of()
    {
        book.Posted(Commands.Backflush("PO-1", 100m) with { Scrap = [new ScrapReport(Ids.Cap, 60m)] });

        var refused = book.Refused(Scrap(Ids.Cap, 61m, DisposalMode.Destruction));

        Assert.Equal((LedgerRule.NegativeBalance, "StockQuantity"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void Scrap_sold_domestically_must_state_its_duty_basis()
    {
        book.Posted(Commands.Backflush("PO-1", 100m) with { Scrap = [new ScrapReport(Ids.Cap, 60m)] });

        var refused = book.Refused(Scrap(Ids.Cap, 10m, DisposalMode.DomesticSale));

        Assert.Equal((LedgerRule.MissingValue, "Duty"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void A_stock_adjustment_without_a_reason_is_refused()
    {
        var refused = book.Refused(Commands.Adjust("L1-CAP-0402-100N", AdjustmentDirection.Loss, 5m) with { Reason = " " });

        Assert.Equal((LedgerRule.MissingValue, "Reason"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void A_surplus_found_in_a_lot_the_book_never_had_opens_that_lot()
    {
        book.Posted(Commands.Adjust("FOUND-1", AdjustmentDirection.Gain, 12m) with { Part = Ids.Led });

        Assert.Equal((12m, ItemNo.Parse("I6")), (book.Lot("FOUND-1").Stock, book.Lot("FOUND-1").Item));
    }

    [Fact]
    public void A_stock_take_count_moves_no_balance()
    {
        var before = book.Balance("I4");

        book.Posted(new RecordStockTakeCount
        {
            IdempotencyKey = Commands.Key(),
            Actor = Actors.Supervisor,
            Lines = [new StockTakeLine(Ids.Cap, new LotNo("L1-CAP-0402-100N"), BondedStatus.Bonded, 2990m)],
            Documents = [Docs.CountSheet("ST-1")],
        });

        Assert.Equal(before, book.Balance("I4"));
    }
}
