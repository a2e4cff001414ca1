using Mes.Contracts.Production.Workstations;

namespace Mes.Contracts.Production.Genealogy;

/// <summary>The genealogy record of one completed operation.</summary>
/// <param name="Serial">The unit.</param>
/// <param name="OrderNo">Its order.</param>
/// <param name="ProductNo">Its product.</param>
/// <param name="OperationId">The operation.</param>
/// <param name="WorkstationId">Where.</param>
/// <param name="Badge">By whom.</param>
/// <param name="StartedAt">Start (UTC).</param>
/// <param name="CompletedAt">End (UTC).</param>
/// <param name="Passed">Pass or fail.</param>
/// <param name="DefectCodes">Defects.</param>
/// <param name="Measurements">Measured test steps.</param>
/// <param name="ComponentSerials">Components fitted.</param>
[GenerateSerializer, Immutable, Alias("mes.production.operation-trace")]
public sealed record OperationTrace(
    [property: Id(0)] string Serial,
    [property: Id(1)] string OrderNo,
    [property: Id(2)] string ProductNo,
    [property: Id(3)] string OperationId,
    [property: Id(4)] string WorkstationId,
    [property: Id(5)] string Badge,
    [property: Id(6)] DateTimeOffset StartedAt,
    [property: Id(7)] DateTimeOffset CompletedAt,
    [property: Id(8)] bool Passed,
    [property: Id(9)] IReadOnlyList<string> DefectCodes,
    [property: Id(10)] IReadOnlyList<MeasuredValue> Measurements,
    [property: Id(11)] IReadOnlyList<string> ComponentSerials);
