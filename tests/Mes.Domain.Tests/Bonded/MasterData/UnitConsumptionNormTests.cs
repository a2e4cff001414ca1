using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.MasterData;

public sealed class UnitConsumptionNormTests
{
    private static UnitConsumptionNorm SampleNorm(string material) =>
        SampleBook.MasterData.NormVersion(Ids.Item("E1"), 1).Single(n => n.Material == Ids.Item(material));

    [Fact]
    public void Gross_unit_consumption_is_net_divided_by_one_minus_the_total_loss_rate()
    {
        // Solder paste: net 0.0018 kg per board, losses 8 % + 2 % → 0.0018 / (1 − 0.10) = 0.0018 / 0.9 = 0.002 kg.
        Assert.Equal(0.002m, SampleNorm("I9").Gross);
    }

    [Fact]
    public void Gross_unit_consumption_is_not_rounded_before_it_is_multiplied_by_the_quantity()
    {
        // LED: 4 / (1 − 0.02) = 4 / 0.98 = 4.0816326530612244897959… , a quotient that never ends.
        // Rounding it to the 5 declared decimals first (4.08163) would lose 0.0000026530… per board.
        var gross = SampleNorm("I6").Gross;

        Assert.NotEqual(Math.Round(gross, 5), gross);
        Assert.Equal(4m, Math.Round(gross * 0.98m, 20));
    }

    [Fact]
    public void Theoretical_scrap_is_the_tangible_share_of_the_consumption_only()
    {
        // 100 boards consume 100 × 0.002 = 0.2 kg paste; tangible 8 % of that is 0.016 kg of scrap.
        // The intangible 2 % (0.004 kg, flux burnt off) never appears as scrap.
        var norm = SampleNorm("I9");

        Assert.Equal(0.016m, norm.TheoreticalScrap(norm.GrossConsumption(100m)));
    }

    [Fact]
    public void Theoretical_loss_is_gross_minus_net_consumption()
    {
        // 100 boards: 100 × 0.002 − 100 × 0.0018 = 0.2 − 0.18 = 0.02 kg (tangible 0.016 + intangible 0.004).
        Assert.Equal(0.02m, SampleNorm("I9").TheoreticalLoss(100m));
    }

    [Fact]
    public void Only_the_bonded_share_of_the_gross_consumption_is_written_off_the_book()
    {
        // Capacitors, 60 % bonded: 100 boards × 25 gross × 60 / 100 = 1500 of 2500 pieces.
        var norm = SampleNorm("I4") with { BondedSharePercent = 60m };

        Assert.Equal(1500m, norm.BondedConsumption(100m));
    }

    [Fact]
    public void A_norm_version_can_be_cited_only_inside_its_effective_window()
    {
        var norm = SampleNorm("I1") with { EffectiveUntil = SampleBook.FilingStart.AddYears(1) };

        Assert.False(norm.IsEffectiveAt(SampleBook.FilingStart.AddTicks(-1)));
        Assert.True(norm.IsEffectiveAt(SampleBook.FilingStart));
        Assert.False(norm.IsEffectiveAt(SampleBook.FilingStart.AddYears(1)));
    }
}
