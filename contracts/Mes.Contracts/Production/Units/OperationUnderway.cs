namespace Mes.Contracts.Production.Units;

/// <summary>An operation started on a unit and not yet completed.</summary>
/// <param name="OperationId">The operation.</param>
/// <param name="WorkstationId">Where.</param>
/// <param name="Badge">By whom.</param>
/// <param name="StartedAt">When (UTC).</param>
[GenerateSerializer, Immutable, Alias("mes.production.operation-underway")]
public sealed record OperationUnderway(
    [property: Id(0)] string OperationId,
    [property: Id(1)] string WorkstationId,
    [property: Id(2)] string Badge,
    [property: Id(3)] DateTimeOffset StartedAt);
