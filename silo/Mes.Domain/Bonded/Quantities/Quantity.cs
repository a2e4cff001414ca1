using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Quantities;

/// <summary>An exact amount in a unit. Quantities are decimals, never floating point.</summary>
public readonly record struct Quantity(decimal Value, UnitOfMeasure Unit)
{
    /// <inheritdoc />
    public override string ToString() => DecimalText.Canonical(Value) + " " + Unit.Value;
}
