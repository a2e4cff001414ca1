using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Quantities;

/// <summary>An amount of money in a customs currency. Money is decimal, never floating point.</summary>
public readonly record struct Money(decimal Amount, CurrencyCode Currency)
{
    /// <inheritdoc />
    public override string ToString() => DecimalText.Canonical(Amount) + " " + Currency.Value;
}
