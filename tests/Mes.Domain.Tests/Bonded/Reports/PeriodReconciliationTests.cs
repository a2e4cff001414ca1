using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Reports;

namespace Mes.Domain.Tests.Bonded.Reports;

public sealed class PeriodReconciliationTests
{
    private readonly HandWorkedMarch month = new();

    private ReconciliationRow Row(string item) => PeriodReconciliation.Compute(month.Book.Journal, month.Book.Master, month.March)
        .Single(r => r.Item == ItemNo.Parse(item) && r.Status == BondedStatus.Bonded);

    [Fact]
    public void The_capacitor_line_of_the_hand_worked_month_reconciles_to_the_figures_worked_by_hand()
    {
        // Opening 10 000 (February receipt). Receipts 5 000 (CAP-B). Consumption 200 boards × 24 / 0.96 = 5 000.
        // Domestic sale 1 000, carry-over out 500, stock-take loss 30. The April receipt of 2 000 is outside.
        // Closing = 10 000 + 5 000 − 5 000 − 1 000 − 500 − 30 = 8 470.
        var row = Row("I4");

        Assert.Equal((10_000m, 5_000m, 5_000m, 1_000m, 500m, 30m, 8_470m),
            (row.Opening, row.Receipts, row.Consumed, row.DomesticSold, row.CarriedOut, row.AdjustedOut, row.Closing));
        Assert.True(row.Reconciles);
    }

    [Fact]
    public void The_scrap_of_the_month_is_kept_beside_the_material_balance_and_not_deducted_from_it()
    {
        // Scrap generated 150 (within 5 000 × 4 % = 200), 100 destroyed: closing scrap 0 + 150 − 100 = 50.
        var row = Row("I4");

        Assert.Equal((0m, 150m, 100m, 50m, 200m), (row.ScrapOpening, row.ScrapGenerated, row.ScrapDisposed, row.ScrapClosing, row.TheoreticalScrap));
    }

    [Fact]
    public void The_finished_goods_line_nets_a_reversed_export_and_counts_disposed_defectives()
    {
        // Produced 200. Exported 120 + 10 − 10 (reversed) = 120. Five found defective stay on the book;
        // three destroyed leave it. Closing = 0 + 200 − 120 − 3 = 77 (75 in stock + 2 defective).
        var row = Row("E1");

        Assert.Equal((0m, 200m, 120m, 3m, 77m), (row.Opening, row.Produced, row.Exported, row.Disposed, row.Closing));
        Assert.True(row.Reconciles);
    }

    [Fact]
    public void The_paste_line_converts_grams_to_the_declared_kilograms()
    {
        // Opening 1 500 g = 1.5 kg; 200 boards × 0.002 kg = 0.4 kg consumed; closing 1.1 kg.
        // Theoretical scrap 0.4 × 8 % = 0.032 kg; the 2 % intangible loss is not scrap.
        var row = Row("I9");

        Assert.Equal((1.5m, 0.4m, 1.1m, 0.032m), (row.Opening, row.Consumed, row.Closing, row.TheoreticalScrap));
    }

    [Fact]
    public void The_write_off_package_splits_materials_from_finished_goods_and_reconciles()
    {
        var package = WriteOffTables.Compute(month.Book.Journal, month.Book.Master, month.March);

        Assert.Equal(9, package.Materials.Count);
        Assert.Equal(ItemNo.Parse("E1"), Assert.Single(package.FinishedGoods).Item);
        Assert.True(package.Reconciles);
    }

    [Fact]
    public void The_norm_table_splits_the_month_s_capacitor_consumption_into_net_consumption_and_loss()
    {
        // 200 boards: consumed 5 000; net 200 × 24 = 4 800; loss 5 000 − 4 800 = 200, all tangible (4 %): scrap 200.
        var package = WriteOffTables.Compute(month.Book.Journal, month.Book.Master, month.March);

        var row = package.NormConsumption.Single(r => r.Material == ItemNo.Parse("I4"));
        Assert.Equal((200m, 25m, 5_000m, 4_800m, 200m, 200m), (row.Produced, row.Gross, row.Consumed, row.NetConsumption, row.TheoreticalLoss, row.TheoreticalScrap));
    }

    [Fact]
    public void The_document_table_lists_each_list_line_with_its_net_quantity()
    {
        var package = WriteOffTables.Compute(month.Book.Journal, month.Book.Master, month.March);

        var exports = package.Documents.Where(d => d.Kind == EntryKind.Export).Select(d => (d.Document.Number, d.DeclaredQuantity));
        Assert.Equal([("QD510825E000000011", 120m), ("QD510825E000000012", 0m)], exports.ToArray());
    }
}
