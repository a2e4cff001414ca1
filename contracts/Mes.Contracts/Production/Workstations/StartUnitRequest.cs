namespace Mes.Contracts.Production.Workstations;

/// <summary>A unit is scanned to start an operation.</summary>
/// <param name="RequestId">Client-supplied id; a retried scan is recognised and starts nothing twice.</param>
/// <param name="Serial">The unit's serial number.</param>
/// <param name="OperationId">The operation to start, or null for the unit's next operation here.</param>
[GenerateSerializer, Immutable, Alias("mes.production.start-unit")]
public sealed record StartUnitRequest(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Serial,
    [property: Id(2)] string? OperationId);
