namespace Mes.Domain.Production.Units;

/// <summary>An operation started on a unit and not yet completed.</summary>
public sealed record OperationInProgress(string OperationId, string WorkstationId, string Badge, DateTimeOffset StartedAt, string RequestId);
