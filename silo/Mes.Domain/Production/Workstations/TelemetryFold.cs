namespace Mes.Domain.Production.Workstations;

/// <summary>The workstation after a telemetry batch, and what the batch made happen.</summary>
public sealed record TelemetryFold(Workstation Workstation, IReadOnlyList<WorkstationEvent> Events);
