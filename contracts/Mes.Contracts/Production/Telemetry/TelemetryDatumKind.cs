namespace Mes.Contracts.Production.Telemetry;

/// <summary>Which member of a <see cref="TelemetryDatum"/> holds the value.</summary>
[GenerateSerializer, Alias("mes.production.telemetry-datum-kind")]
public enum TelemetryDatumKind
{
    /// <summary>No value (an OPC UA null or a status without a value).</summary>
    Empty,
    /// <summary>OPC UA Boolean.</summary>
    Boolean,
    /// <summary>OPC UA SByte, Byte, Int16, UInt16, Int32, UInt32, Int64, and UInt64 up to 2^63 − 1.</summary>
    Integer,
    /// <summary>OPC UA Float and Double.</summary>
    Real,
    /// <summary>OPC UA String, the text of a LocalizedText, an enumeration's name.</summary>
    Text,
}
