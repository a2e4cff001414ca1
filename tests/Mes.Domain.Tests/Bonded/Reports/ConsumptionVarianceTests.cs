using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Reports;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Reports;

public sealed class ConsumptionVarianceTests
{
    private static readonly OrderNo Po1 = new("PO-1");
    private readonly HandWorkedMarch month = new();

    private ConsumptionVarianceReport Report(params ActualConsumption[] actuals) =>
        ConsumptionVariance.Compute(month.Book.Journal, month.Book.Master, actuals, tolerancePercent: 5m);

    [Fact]
    public void Actual_use_beyond_the_tolerance_of_the_norm_is_flagged()
    {
        // Declared 5 000 capacitors for 200 boards; the floor used 5 300: +300 = +6 % against a 5 % tolerance.
        var row = Report(new ActualConsumption(Po1, Ids.Cap, 5_300m)).Rows.Single(r => r.Material == ItemNo.Parse("I4"));

        Assert.Equal((5_000m, 5_300m, 300m, 6m, true), (row.Declared, row.Actual, row.Variance, row.VariancePercent, row.OutsideTolerance));
    }

    [Fact]
    public void Actual_use_within_the_tolerance_is_not_flagged()
    {
        // Paste: declared 0.4 kg, used 410 g = 0.41 kg: +2.5 %.
        var row = Report(new ActualConsumption(Po1, Ids.Paste, 410m)).Rows.Single(r => r.Material == ItemNo.Parse("I9"));

        Assert.Equal((2.5m, false), (row.VariancePercent, row.OutsideTolerance));
    }

    [Fact]
    public void A_material_of_the_norm_the_floor_did_not_report_shows_a_full_shortfall()
    {
        var row = Report(new ActualConsumption(Po1, Ids.Cap, 5_000m)).Rows.Single(r => r.Material == ItemNo.Parse("I2"));

        Assert.Equal((200m, 0m, -100m, true), (row.Declared, row.Actual, row.VariancePercent, row.OutsideTolerance));
    }

    [Fact]
    public void An_actual_line_of_an_order_never_back_flushed_is_returned_uncompared()
    {
        var stray = new ActualConsumption(new OrderNo("PO-9"), Ids.Cap, 10m);

        Assert.Equal([stray], Report(stray).NotCompared);
    }
}
