namespace Mes.Contracts.Production.Units;

/// <summary>One completed operation of a unit, in outline (the genealogy has the detail).</summary>
/// <param name="OperationId">The operation.</param>
/// <param name="WorkstationId">Where.</param>
/// <param name="Badge">By whom.</param>
/// <param name="StartedAt">Start (UTC).</param>
/// <param name="CompletedAt">End (UTC).</param>
/// <param name="Passed">Pass or fail.</param>
/// <param name="DefectCodes">Defects recorded.</param>
[GenerateSerializer, Immutable, Alias("mes.production.completed-operation")]
public sealed record CompletedOperation(
    [property: Id(0)] string OperationId,
    [property: Id(1)] string WorkstationId,
    [property: Id(2)] string Badge,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] DateTimeOffset CompletedAt,
    [property: Id(5)] bool Passed,
    [property: Id(6)] IReadOnlyList<string> DefectCodes);
