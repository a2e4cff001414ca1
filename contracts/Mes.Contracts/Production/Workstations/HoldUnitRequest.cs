namespace Mes.Contracts.Production.Workstations;

/// <summary>The operator at the terminal puts a unit on hold.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="Serial">The unit.</param>
/// <param name="Reason">Why.</param>
[GenerateSerializer, Immutable, Alias("mes.production.hold-unit")]
public sealed record HoldUnitRequest(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Serial,
    [property: Id(2)] string Reason);
