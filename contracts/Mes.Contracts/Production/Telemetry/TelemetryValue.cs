namespace Mes.Contracts.Production.Telemetry;

/// <summary>One data change of a monitored item.</summary>
/// <param name="NodeId">The node id as the server names it: <c>ns=2;s=smt-01-placer-1.GoodCount</c>, or the
/// bare string identifier <c>smt-01-placer-1.GoodCount</c>.</param>
/// <param name="Value">The value.</param>
/// <param name="SourceTimestamp">The server's SourceTimestamp (UTC); the MES orders and times values by it.</param>
/// <param name="StatusCode">The OPC UA StatusCode; only Good values (severity bits 00) are folded into the
/// workstation, every value is kept in the raw history.</param>
[GenerateSerializer, Immutable, Alias("mes.production.telemetry-value")]
public sealed record TelemetryValue(
    [property: Id(0)] string NodeId,
    [property: Id(1)] TelemetryDatum Value,
    [property: Id(2)] DateTimeOffset SourceTimestamp,
    [property: Id(3)] uint StatusCode)
{
    /// <summary>True when the status code's severity is Good.</summary>
    public bool IsGood => (StatusCode & 0xC000_0000u) == 0;
}
