using Mes.Domain.Bonded.Quantities;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Quantities;

public sealed class DeclaredQuantityTests
{
    private static readonly DateTimeOffset At = SampleBook.FilingStart.AddMonths(1);

    [Fact]
    public void Half_a_unit_of_the_last_declared_decimal_rounds_away_from_zero()
    {
        // 0.000005 lies exactly half-way between 0.00000 and 0.00001; banker's rounding would give 0.00000.
        Assert.Equal(0.00001m, DeclaredPrecision.Customs.Quantity(0.000005m));
        Assert.Equal(-0.00001m, DeclaredPrecision.Customs.Quantity(-0.000005m));
    }

    [Fact]
    public void Amounts_keep_two_decimals_and_unit_prices_four()
    {
        // 12.345 → 12.35 (amount, half away from zero); 0.00405 → 0.0041 (unit price).
        Assert.Equal(12.35m, DeclaredPrecision.Customs.Amount(12.345m));
        Assert.Equal(0.0041m, DeclaredPrecision.Customs.UnitPrice(0.00405m));
    }

    [Fact]
    public void Declared_quantity_is_stock_times_the_mapping_factor_rounded_to_five_decimals()
    {
        // Paste is stocked in grams and declared in kilograms: 1234.567 g × 0.001 = 1.234567 kg → 1.23457 kg.
        var paste = SampleBook.MasterData.MappingAt(Ids.Paste, At)!;
        var item = SampleBook.MasterData.ItemAt(paste.Item, At)!;

        var quantities = item.FromStock(1234.567m, paste.StockUnit, paste.Factor);

        Assert.Equal(1.23457m, quantities.Declared.Value);
        Assert.Equal("035", quantities.Declared.Unit.Value);
        Assert.Equal(0.001m, quantities.Factor);
    }

    [Fact]
    public void Legal_quantities_are_the_declared_quantity_times_each_legal_factor()
    {
        // Capacitors: 12345 pieces (007); first legal unit thousand pieces (054): 12345 × 0.001 = 12.345;
        // second legal unit kg (035): 12345 × 0.0000006 = 0.007407 → 0.00741 at five decimals.
        var cap = SampleBook.MasterData.MappingAt(Ids.Cap, At)!;
        var item = SampleBook.MasterData.ItemAt(cap.Item, At)!;

        var quantities = item.FromStock(12345m, cap.StockUnit, cap.Factor);

        Assert.Equal((12.345m, "054", 0.001m), (quantities.FirstLegal.Value, quantities.FirstLegal.Unit.Value, quantities.FirstLegal.Factor));
        Assert.Equal((0.00741m, "035"), (quantities.SecondLegal!.Value.Value, quantities.SecondLegal.Value.Unit.Value));
    }

    [Fact]
    public void A_quantity_computed_in_declared_units_is_converted_back_to_stock_units()
    {
        // A norm consumption of 0.2 kg paste is 0.2 / 0.001 = 200 g in the stock unit.
        var paste = SampleBook.MasterData.MappingAt(Ids.Paste, At)!;
        var item = SampleBook.MasterData.ItemAt(paste.Item, At)!;

        var quantities = item.FromDeclared(0.2m, paste.StockUnit, paste.Factor);

        Assert.Equal((200m, "g"), (quantities.Stock.Value, quantities.Stock.Unit.Value));
    }

    [Fact]
    public void Canonical_decimal_text_ignores_the_scale_and_never_uses_an_exponent()
    {
        Assert.Equal("1.5", DecimalText.Canonical(1.500m));
        Assert.Equal("0.0000006", DecimalText.Canonical(0.0000006m));
        Assert.Equal("0", DecimalText.Canonical(-0.000m));
    }
}
