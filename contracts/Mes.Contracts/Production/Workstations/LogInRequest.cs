namespace Mes.Contracts.Production.Workstations;

/// <summary>An operator scans a badge at the terminal.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="Badge">The badge number, e.g. <c>B1001</c>.</param>
[GenerateSerializer, Immutable, Alias("mes.production.log-in")]
public sealed record LogInRequest([property: Id(0)] string RequestId, [property: Id(1)] string Badge);
