namespace Mes.Grains.Production.Units;

/// <summary>A workstation starts an operation on a unit, with the route context the unit is checked against.</summary>
/// <param name="RequestId">The scan's request id.</param>
/// <param name="OperationId">The operation, or null for the unit's next operation at the workstation.</param>
/// <param name="WorkstationId">Where.</param>
/// <param name="Badge">The operator logged in there.</param>
/// <param name="OrderNo">The order the workstation works on.</param>
/// <param name="RouteVersion">The master-data version the order was released under (route and stations).</param>
[GenerateSerializer, Immutable, Alias("mes.production.start-on-route")]
public sealed record StartOnRoute(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string? OperationId,
    [property: Id(2)] string WorkstationId,
    [property: Id(3)] string Badge,
    [property: Id(4)] string OrderNo,
    [property: Id(5)] int RouteVersion);
