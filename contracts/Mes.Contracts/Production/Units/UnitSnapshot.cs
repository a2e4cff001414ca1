namespace Mes.Contracts.Production.Units;

/// <summary>A unit and where it stands on its route.</summary>
/// <param name="Serial">Serial number.</param>
/// <param name="OrderNo">Its order.</param>
/// <param name="ProductNo">Its product.</param>
/// <param name="Status"><c>InProcess</c>, <c>Hold</c>, <c>Failed</c>, <c>Scrapped</c>, <c>Passed</c> or
/// <c>Shipped</c>.</param>
/// <param name="Hold">The hold, or null.</param>
/// <param name="Current">The operation in progress, or null.</param>
/// <param name="NextOperationId">The operation the route takes the unit to next; null when finished or
/// blocked.</param>
/// <param name="Blocked">Why the unit cannot go on (a failure awaiting disposition), or null.</param>
/// <param name="History">Completed operations, oldest first.</param>
/// <param name="ShipmentNo">The shipment it left in, or null.</param>
/// <param name="Sequence">How many events the unit has recorded.</param>
[GenerateSerializer, Immutable, Alias("mes.production.unit-snapshot")]
public sealed record UnitSnapshot(
    [property: Id(0)] string Serial,
    [property: Id(1)] string OrderNo,
    [property: Id(2)] string ProductNo,
    [property: Id(3)] string Status,
    [property: Id(4)] HoldInfo? Hold,
    [property: Id(5)] OperationUnderway? Current,
    [property: Id(6)] string? NextOperationId,
    [property: Id(7)] Refusal? Blocked,
    [property: Id(8)] IReadOnlyList<CompletedOperation> History,
    [property: Id(9)] string? ShipmentNo,
    [property: Id(10)] long Sequence);
