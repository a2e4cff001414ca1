using System.Globalization;

namespace Mes.Contracts.Production.Telemetry;

/// <summary>
/// One OPC UA value as a small typed union: the <see cref="Kind"/> says which member holds it. A struct
/// with typed members, so a batch of hundreds of values crosses the wire without boxing each one.
/// </summary>
/// <param name="Kind">Which member holds the value.</param>
/// <param name="Boolean">The value when <see cref="TelemetryDatumKind.Boolean"/>.</param>
/// <param name="Integer">The value when <see cref="TelemetryDatumKind.Integer"/>.</param>
/// <param name="Real">The value when <see cref="TelemetryDatumKind.Real"/>: an IEEE double, as the PLC
/// sends process values (oven zone temperatures); counts are never real.</param>
/// <param name="Text">The value when <see cref="TelemetryDatumKind.Text"/>.</param>
[GenerateSerializer, Immutable, Alias("mes.production.telemetry-datum")]
public readonly record struct TelemetryDatum(
    [property: Id(0)] TelemetryDatumKind Kind,
    [property: Id(1)] bool Boolean,
    [property: Id(2)] long Integer,
    [property: Id(3)] double Real,
    [property: Id(4)] string? Text)
{
    /// <summary>No value.</summary>
    public static TelemetryDatum Empty => default;

    /// <summary>A Boolean.</summary>
    public static TelemetryDatum Of(bool value) => new(TelemetryDatumKind.Boolean, value, 0, 0, null);

    /// <summary>An integer of any OPC UA integer type that fits 64 signed bits.</summary>
    public static TelemetryDatum Of(long value) => new(TelemetryDatumKind.Integer, false, value, 0, null);

    /// <summary>A Float or Double.</summary>
    public static TelemetryDatum Of(double value) => new(TelemetryDatumKind.Real, false, 0, value, null);

    /// <summary>A text.</summary>
    public static TelemetryDatum Of(string value) => new(TelemetryDatumKind.Text, false, 0, 0, value);

    /// <summary>The value boxed as the .NET type the OPC UA built-in type maps to (null when empty).</summary>
    public object? ToObject() => Kind switch
    {
        TelemetryDatumKind.Boolean => Boolean,
        TelemetryDatumKind.Integer => Integer,
        TelemetryDatumKind.Real => Real,
        TelemetryDatumKind.Text => Text,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Convert.ToString(ToObject(), CultureInfo.InvariantCulture) ?? "(empty)";
}
