namespace Mes.Contracts.Production.Telemetry;

/// <summary>
/// The data changes of one OPC UA Publish response for one workstation, as the equipment agent hands
/// them to <see cref="Workstations.IWorkstationGrain.ApplyTelemetry"/>: one call per workstation per
/// Publish response, never one call per value. Values may come in any order; the workstation orders them
/// by source timestamp, and values not newer than what it has seen change nothing, so a batch republished
/// after a reconnect is harmless.
/// </summary>
/// <param name="WorkstationId">The workstation the values belong to (<c>smt-01-placer-1</c>).</param>
/// <param name="Endpoint">The OPC UA endpoint they came from, for the raw history and logs.</param>
/// <param name="SequenceNumber">The NotificationMessage sequence number of the Publish response.</param>
/// <param name="ReceivedAt">When the agent received the response (UTC).</param>
/// <param name="Values">The data changes.</param>
/// <param name="FirstOfSession">
/// True for the first response of a new session with the machine (the agent started or resubscribed, or the link was
/// lost): its values are the machine's current ones, so a counter's rise since its last reading spans a time the MES
/// did not hear the machine, and is recorded as a gap.
/// </param>
[GenerateSerializer, Immutable, Alias("mes.production.telemetry-batch")]
public sealed record TelemetryBatch(
    [property: Id(0)] string WorkstationId,
    [property: Id(1)] string Endpoint,
    [property: Id(2)] uint SequenceNumber,
    [property: Id(3)] DateTimeOffset ReceivedAt,
    [property: Id(4)] IReadOnlyList<TelemetryValue> Values,
    [property: Id(5)] bool FirstOfSession = false);
