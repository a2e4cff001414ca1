using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Posting;

public sealed class ReceiptTests
{
    private readonly Book book = new();

    [Fact]
    public void A_receipt_on_an_inventory_list_line_books_stock_in_declared_units()
    {
        // 500 g of paste at 0.001 kg/g = 0.5 kg on I9.
        book.Posted(Commands.Receive(Ids.Paste, 500m, "PASTE-1", Docs.ImportList(7, 3)));

        Assert.Equal(0.5m, book.Balance("I9").Stock);
    }

    [Fact]
    public void A_received_lot_remembers_the_list_line_it_came_on()
    {
        book.Posted(Commands.Receive(Ids.Cap, 10000m, "CAP-1", Docs.ImportList(7, 3)));

        Assert.Equal(Docs.ImportList(7, 3), book.Lot("CAP-1").SourceLine);
    }

    [Fact]
    public void A_receipt_without_its_list_line_is_held_in_suspense_and_not_on_the_book()
    {
        var entry = Assert.Single(book.Posted(Commands.Receive(Ids.Cap, 10000m, "CAP-1", line: null)));

        Assert.Equal(EntryKind.SuspenseReceipt, entry.Movement.Kind);
        Assert.Equal((0m, 10000m), (book.Balance("I4").Book, book.Balance("I4").Suspense));
    }

    [Fact]
    public void Attaching_the_list_line_moves_the_whole_suspense_quantity_onto_the_book()
    {
        book.Posted(Commands.Receive(Ids.Cap, 10000m, "CAP-1", line: null));

        book.Posted(new AttachReceiptDocument
        {
            IdempotencyKey = Commands.Key(),
            Actor = Actors.Erp,
            Lot = new LotNo("CAP-1"),
            Documents = [Docs.ImportList(8, 1)],
        });

        Assert.Equal((10000m, 0m), (book.Balance("I4").Stock, book.Balance("I4").Suspense));
        Assert.Equal(Docs.ImportList(8, 1), book.Lot("CAP-1").SourceLine);
    }

    [Fact]
    public void A_list_cited_without_its_line_is_refused_as_a_missing_document()
    {
        var listWithoutLine = new DocumentRef(DocumentType.InventoryVerificationList, "QD510825I000000007");

        var refused = book.Refused(Commands.Receive(Ids.Cap, 10000m, "CAP-1", listWithoutLine));

        Assert.Equal((LedgerRule.MissingDocument, "Documents"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void Non_bonded_goods_cannot_go_into_a_lot_that_held_bonded_goods()
    {
        book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1)));
        book.Posted(Commands.Reverse(1));

        var refused = book.Refused(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(2, 1), BondedStatus.NonBonded));

        Assert.Equal((LedgerRule.MixedBondedStatus, "Lot"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void Bonded_and_non_bonded_receipts_of_one_item_are_kept_in_separate_balances()
    {
        book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-B", Docs.ImportList(1, 1)));
        book.Posted(Commands.Receive(Ids.Cap, 40m, "CAP-N", Docs.ImportList(2, 1), BondedStatus.NonBonded));

        Assert.Equal((100m, 40m), (book.Balance("I4").Stock, book.Balance("I4", BondedStatus.NonBonded).Stock));
    }

    [Fact]
    public void A_lot_that_still_holds_goods_cannot_be_received_again()
    {
        book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1)));

        var refused = book.Refused(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 2)));

        Assert.Equal(LedgerRule.LotAlreadyReceived, refused.Rule);
    }

    [Fact]
    public void A_receipt_of_a_part_the_book_does_not_map_is_refused_naming_the_part()
    {
        var refused = book.Refused(Commands.Receive(new PartNo("IC-UNKNOWN"), 100m, "X-1", Docs.ImportList(1, 1)));

        Assert.Equal((LedgerRule.UnknownPart, "Part"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void A_receipt_of_nothing_is_refused_naming_the_quantity()
    {
        var refused = book.Refused(Commands.Receive(Ids.Cap, 0m, "CAP-1", Docs.ImportList(1, 1)));

        Assert.Equal((LedgerRule.InvalidQuantity, "StockQuantity"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void A_quantity_below_the_smallest_declared_unit_is_refused()
    {
        // 0.000001 g = 0.000000001 kg, which is 0 at five declared decimals.
        var refused = book.Refused(Commands.Receive(Ids.Paste, 0.000001m, "PASTE-1", Docs.ImportList(1, 1)));

        Assert.Equal(LedgerRule.InvalidQuantity, refused.Rule);
    }

    [Fact]
    public void A_value_with_more_decimals_than_a_declared_amount_is_refused()
    {
        var refused = book.Refused(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1)) with { Value = Commands.Usd2(0.405m) });

        Assert.Equal((LedgerRule.InvalidAmount, "Value"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void A_receipt_records_stock_declared_and_legal_quantities_with_the_factors_used()
    {
        // 250 g paste → 0.25 kg declared (factor 0.001) → 0.25 kg legal (factor 1).
        var entry = Assert.Single(book.Posted(Commands.Receive(Ids.Paste, 250m, "PASTE-1", Docs.ImportList(1, 1))));

        var q = entry.Movement.Quantities;
        Assert.Equal((250m, "g", 0.001m, 0.25m, "035", 0.25m, 1m),
            (q.Stock.Value, q.Stock.Unit.Value, q.Factor, q.Declared.Value, q.Declared.Unit.Value, q.FirstLegal.Value, q.FirstLegal.Factor));
    }
}
