using Mes.Contracts.Production.Workstations;

namespace Mes.Grains.Production.Units;

/// <summary>A workstation completes the operation in progress on a unit.</summary>
/// <param name="RequestId">The completion's request id.</param>
/// <param name="WorkstationId">Where.</param>
/// <param name="OrderNo">The order the workstation works on.</param>
/// <param name="RouteVersion">The master-data version the order was released under.</param>
/// <param name="Passed">Pass or fail.</param>
/// <param name="DefectCodes">Defects.</param>
/// <param name="Measurements">Measured test steps.</param>
/// <param name="ConsumedLots">Lots consumed, by slot, from the workstation's setup.</param>
/// <param name="ComponentSerials">Serialised components fitted.</param>
[GenerateSerializer, Immutable, Alias("mes.production.complete-on-route")]
public sealed record CompleteOnRoute(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string WorkstationId,
    [property: Id(2)] string OrderNo,
    [property: Id(3)] int RouteVersion,
    [property: Id(4)] bool Passed,
    [property: Id(5)] IReadOnlyList<string> DefectCodes,
    [property: Id(6)] IReadOnlyList<MeasuredValue> Measurements,
    [property: Id(7)] IReadOnlyList<ConsumedLotLine> ConsumedLots,
    [property: Id(8)] IReadOnlyList<string> ComponentSerials);
