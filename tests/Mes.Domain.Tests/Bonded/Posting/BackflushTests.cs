using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.Posting;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Posting;

public sealed class BackflushTests
{
    private readonly Book book = new();

    public BackflushTests()
    {
        foreach (var receipt in Commands.ReceiveKit(boards: 100))
        {
            book.Posted(receipt);
        }
    }

    private static decimal Consumed(IEnumerable<JournalEntry> entries, string item) => entries
        .Where(e => e.Movement.Kind == EntryKind.Consumption && e.Movement.Item == ItemNo.Parse(item))
        .Sum(e => e.Movement.Quantities.Declared.Value);

    [Fact]
    public void Completed_units_are_booked_as_finished_goods_of_the_order()
    {
        var entries = book.Posted(Commands.Backflush("PO-1", 100m));

        var produced = Assert.Single(entries, e => e.Movement.Kind == EntryKind.FinishedGoodsProduced);
        Assert.Equal((ItemNo.Parse("E1"), 100m, "PO-1"), (produced.Movement.Item, produced.Movement.Quantities.Declared.Value, produced.Movement.Order?.Value));
        Assert.Equal(100m, book.Balance("E1").Stock);
    }

    [Fact]
    public void Every_material_of_the_norm_is_consumed_at_gross_unit_consumption_times_quantity()
    {
        // 100 boards: capacitors 100 × 24 / 0.96 = 2500; resistors 100 × 18 / 0.96 = 1875; paste 100 × 0.002 = 0.2 kg.
        var entries = book.Posted(Commands.Backflush("PO-1", 100m));

        Assert.Equal((2500m, 1875m, 0.2m, 100m), (Consumed(entries, "I4"), Consumed(entries, "I5"), Consumed(entries, "I9"), Consumed(entries, "I1")));
        Assert.Equal(9, entries.Where(e => e.Movement.Kind == EntryKind.Consumption).Select(e => e.Movement.Item).Distinct().Count());
    }

    [Fact]
    public void A_consumption_is_rounded_once_to_the_declared_precision()
    {
        // 7 boards × LED 4 / 0.98 = 28 / 0.98 = 28.571428571… → 28.57143 (not 7 × 4.08163 = 28.57141).
        var entries = book.Posted(Commands.Backflush("PO-1", 7m));

        Assert.Equal(28.57143m, Consumed(entries, "I6"));
    }

    [Fact]
    public void A_consumption_cites_its_order_norm_version_and_the_figures_it_was_computed_with()
    {
        var entries = book.Posted(Commands.Backflush("PO-1", 100m));

        var paste = Assert.Single(entries, e => e.Movement.Kind == EntryKind.Consumption && e.Movement.Item == ItemNo.Parse("I9"));
        Assert.Equal(new NormRef(ItemNo.Parse("E1"), 1), paste.Movement.Norm);
        Assert.Equal("PO-1", paste.Movement.Order?.Value);
        // Tangible scrap allowed: 0.2 kg × 8 % = 0.016 kg.
        Assert.Equal(new ConsumptionBasis(0.0018m, 8m, 2m, 100m, 0.016m), paste.Movement.Consumption);
    }

    [Fact]
    public void A_backflush_under_a_norm_version_never_filed_is_refused_and_nothing_is_written()
    {
        var before = book.State;

        var refused = book.Refused(Commands.Backflush("PO-1", 10m, normVersion: 2));

        Assert.Equal((LedgerRule.NoEffectiveNorm, "NormVersion"), (refused.Rule, refused.Field));
        Assert.Same(before, book.State);
    }

    [Fact]
    public void A_backflush_under_a_norm_version_no_longer_in_force_is_refused()
    {
        var ended = SampleBook.MasterData.NormVersion(ItemNo.Parse("E1"), 1)
            .Select(n => n with { Version = 2, EffectiveUntil = book.Now.AddDays(-1) })
            .ToList();
        book.Master = Assert.IsType<MasterDataResult.Valid>(book.Master.DeclareNormVersion(ended)).Data;

        var refused = book.Refused(Commands.Backflush("PO-1", 10m, normVersion: 2));

        Assert.Equal(LedgerRule.NoEffectiveNorm, refused.Rule);
    }

    [Fact]
    public void A_backflush_the_stock_cannot_cover_is_refused_with_the_shortage()
    {
        // The kit covers 100 boards (30 capacitors each against 25 gross); 121 boards need 3025 of the 3000.
        var refused = book.Refused(Commands.Backflush("PO-1", 121m));

        Assert.Equal((LedgerRule.NegativeBalance, "CompletedQuantity"), (refused.Rule, refused.Field));
        Assert.Contains("3025", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumption_takes_the_lots_on_the_feeders_first_and_then_the_oldest()
    {
        book.Posted(Commands.Receive(Ids.Cap, 5000m, "CAP-REEL-2", Docs.ImportList(2, 1)));
        var command = Commands.Backflush("PO-1", 100m) with { PreferredLots = [new LotNo("CAP-REEL-2")] };

        var entries = book.Posted(command);

        var capacitorLots = entries.Where(e => e.Movement.Item == ItemNo.Parse("I4")).Select(e => e.Movement.Lot?.Value);
        Assert.Equal(["CAP-REEL-2"], capacitorLots);
    }

    [Fact]
    public void Scrap_within_the_tangible_loss_is_booked_without_deducting_the_material_again()
    {
        // 100 boards allow 2500 × 4 % = 100 dropped capacitors; 60 are reported.
        var command = Commands.Backflush("PO-1", 100m) with { Scrap = [new ScrapReport(Ids.Cap, 60m)] };

        book.Posted(command);

        var capacitors = book.Balance("I4");
        Assert.Equal((3000m - 2500m, 60m, 100m - 60m), (capacitors.Stock, capacitors.Scrap, capacitors.ScrapAllowance));
    }

    [Fact]
    public void Scrap_beyond_the_tangible_loss_is_refused_and_nothing_is_written()
    {
        // Paste: 100 boards allow 0.2 kg × 8 % = 0.016 kg = 16 g of scrap; 17 g are reported. The 2 %
        // intangible loss (flux burnt off) cannot come back as scrap.
        var before = book.State;
        var command = Commands.Backflush("PO-1", 100m) with { Scrap = [new ScrapReport(Ids.Paste, 17m)] };

        var refused = book.Refused(command);

        Assert.Equal((LedgerRule.ScrapExceedsTheoreticalLoss, "Scrap"), (refused.Rule, refused.Field));
        Assert.Same(before, book.State);
    }

    [Fact]
    public void Only_the_bonded_share_is_taken_from_bonded_lots_and_the_rest_from_non_bonded_lots()
    {
        // Capacitors 60 % bonded: 100 boards × 25 = 2500, of which 1500 bonded and 1000 non-bonded.
        var lines = SampleBook.MasterData.NormVersion(ItemNo.Parse("E1"), 1)
            .Select(n => n with { Version = 2, EffectiveFrom = book.Now.AddDays(-1) })
            .Select(n => n.Material == ItemNo.Parse("I4") ? n with { BondedSharePercent = 60m } : n)
            .ToList();
        book.Master = Assert.IsType<MasterDataResult.Valid>(book.Master.DeclareNormVersion(lines)).Data;
        book.Posted(Commands.Receive(Ids.Cap, 2000m, "CAP-DOMESTIC", Docs.ImportList(3, 1), BondedStatus.NonBonded));

        book.Posted(Commands.Backflush("PO-1", 100m, normVersion: 2));

        Assert.Equal((3000m - 1500m, 2000m - 1000m), (book.Balance("I4").Stock, book.Balance("I4", BondedStatus.NonBonded).Stock));
    }

    [Fact]
    public void Finished_goods_of_another_norm_version_cannot_join_an_existing_lot()
    {
        var lines = SampleBook.MasterData.NormVersion(ItemNo.Parse("E1"), 1)
            .Select(n => n with { Version = 2, EffectiveFrom = book.Now.AddDays(-1) })
            .ToList();
        book.Master = Assert.IsType<MasterDataResult.Valid>(book.Master.DeclareNormVersion(lines)).Data;
        book.Posted(Commands.Backflush("PO-1", 10m));

        var refused = book.Refused(Commands.Backflush("PO-2", 10m, normVersion: 2));

        Assert.Equal((LedgerRule.LotMismatch, "FinishedGoodsLot"), (refused.Rule, refused.Field));
    }
}
