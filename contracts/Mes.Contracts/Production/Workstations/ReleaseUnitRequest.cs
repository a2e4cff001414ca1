namespace Mes.Contracts.Production.Workstations;

/// <summary>The operator at the terminal lifts a unit's hold.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="Serial">The unit.</param>
[GenerateSerializer, Immutable, Alias("mes.production.release-unit")]
public sealed record ReleaseUnitRequest([property: Id(0)] string RequestId, [property: Id(1)] string Serial);
