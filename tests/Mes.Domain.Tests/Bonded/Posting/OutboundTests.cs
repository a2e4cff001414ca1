using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Posting;

public sealed class OutboundTests
{
    private readonly Book book = new();

    public OutboundTests()
    {
        book.Posted(Commands.Receive(Ids.Cap, 1000m, "CAP-OLD", Docs.ImportList(1, 1)));
        book.Posted(Commands.Receive(Ids.Cap, 1000m, "CAP-NEW", Docs.ImportList(2, 1)));
    }

    [Fact]
    public void An_outbound_movement_takes_the_oldest_lots_first()
    {
        var entries = book.Posted(Commands.Export(Ids.Cap, 1500m));

        Assert.Equal([("CAP-OLD", 1000m), ("CAP-NEW", 500m)],
            entries.Select(e => (e.Movement.Lot!.Value.Value, e.Movement.Quantities.Declared.Value)).ToArray());
    }

    [Fact]
    public void The_value_of_a_movement_over_several_lots_is_shared_pro_rata_and_adds_up_to_the_cent()
    {
        // 10.00 over 1000 + 500: 10 × 1000 / 1500 = 6.666… → 6.67, and the last lot takes 10.00 − 6.67 = 3.33.
        var entries = book.Posted(Commands.Export(Ids.Cap, 1500m) with { Value = Commands.Usd2(10m) });

        Assert.Equal([6.67m, 3.33m], entries.Select(e => e.Movement.Value!.Value.Amount).ToArray());
    }

    [Fact]
    public void An_export_larger_than_the_stock_is_refused_naming_the_quantity()
    {
        var refused = book.Refused(Commands.Export(Ids.Cap, 2001m));

        Assert.Equal((LedgerRule.NegativeBalance, "StockQuantity"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void An_export_without_its_inventory_list_is_refused_as_undocumented()
    {
        var refused = book.Refused(Commands.Export(Ids.Cap, 10m) with { Documents = [] });

        Assert.Equal((LedgerRule.MissingDocument, "Documents"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void A_domestic_sale_records_the_basis_of_its_duty()
    {
        var entry = Assert.Single(book.Posted(Commands.Sell(Ids.Cap, 100m, dutiableValue: 0.40m)));

        Assert.Equal(new DutyBasis(DutyTreatment.AsImportedMaterials, Commands.Usd2(0.40m)), entry.Movement.Duty);
        Assert.Equal(EntryKind.DomesticSale, entry.Movement.Kind);
    }

    [Fact]
    public void A_shipment_cannot_name_a_lot_of_the_other_status()
    {
        book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-DOMESTIC", Docs.ImportList(3, 1), BondedStatus.NonBonded));

        var refused = book.Refused(Commands.Export(Ids.Cap, 10m) with { PreferredLots = [new LotNo("CAP-DOMESTIC")] });

        Assert.Equal((LedgerRule.MixedBondedStatus, "PreferredLots"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void Goods_sent_to_a_subcontractor_stay_on_the_book_until_they_come_back()
    {
        var subcontractor = new Counterparty("6531960B02", "喀什示例涂覆加工厂");
        book.Posted(new SendToSubcontractor
        {
            IdempotencyKey = Commands.Key(),
            Actor = Actors.Erp,
            Part = Ids.Cap,
            StockQuantity = 300m,
            Subcontractor = subcontractor,
            Documents = [Docs.OutwardNote("OWP-1")],
        });
        var away = book.Balance("I4");

        book.Posted(new ReturnFromSubcontractor
        {
            IdempotencyKey = Commands.Key(),
            Actor = Actors.Erp,
            Lot = new LotNo("CAP-OLD"),
            StockQuantity = 300m,
            Subcontractor = subcontractor,
            Documents = [Docs.OutwardNote("OWP-1-R")],
        });

        Assert.Equal((2000m, 300m), (away.Book, away.AtSubcontractor));
        Assert.Equal((2000m, 0m), (book.Balance("I4").Book, book.Balance("I4").AtSubcontractor));
    }
}
