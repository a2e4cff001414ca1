namespace Mes.Domain.Bonded.Quantities;

/// <summary>
/// How many decimals a declaration carries. The customs inventory list takes unit prices with at most
/// four decimals and totals with at most two; quantities are kept to five decimals, the precision the
/// account-book software rounds its intermediates to (bonded-notes R11). Rounding is half away from zero,
/// the commercial rounding customs figures use, never banker's rounding.
/// </summary>
public sealed record DeclaredPrecision
{
    /// <summary>Five decimals for quantities, four for unit prices, two for amounts.</summary>
    public static readonly DeclaredPrecision Customs = new(5, 4, 2);

    /// <exception cref="ArgumentOutOfRangeException">A count of decimals outside 0..10.</exception>
    public DeclaredPrecision(int quantityDecimals, int unitPriceDecimals, int amountDecimals)
    {
        QuantityDecimals = Check(quantityDecimals, nameof(quantityDecimals));
        UnitPriceDecimals = Check(unitPriceDecimals, nameof(unitPriceDecimals));
        AmountDecimals = Check(amountDecimals, nameof(amountDecimals));
    }

    /// <summary>Decimals of declared and legal quantities.</summary>
    public int QuantityDecimals { get; }

    /// <summary>Decimals of a declared unit price.</summary>
    public int UnitPriceDecimals { get; }

    /// <summary>Decimals of a declared total amount.</summary>
    public int AmountDecimals { get; }

    /// <summary>Rounds a quantity to the declared decimals, half away from zero.</summary>
    public decimal Quantity(decimal value) => Math.Round(value, QuantityDecimals, MidpointRounding.AwayFromZero);

    /// <summary>Rounds a unit price to the declared decimals, half away from zero.</summary>
    public decimal UnitPrice(decimal value) => Math.Round(value, UnitPriceDecimals, MidpointRounding.AwayFromZero);

    /// <summary>Rounds an amount to the declared decimals, half away from zero.</summary>
    public decimal Amount(decimal value) => Math.Round(value, AmountDecimals, MidpointRounding.AwayFromZero);

    private static int Check(int decimals, string name) =>
        decimals is >= 0 and <= 10 ? decimals : throw new ArgumentOutOfRangeException(name, decimals, "Use 0 to 10 decimals.");
}
