using Mes.Contracts.Production.Telemetry;

namespace Mes.Silo.Storage.Production;

/// <summary>One raw value waiting to be written, with the workstation and arrival time of its batch.</summary>
internal readonly record struct TelemetrySample(string WorkstationId, TelemetryValue Value, DateTimeOffset ReceivedAt);
