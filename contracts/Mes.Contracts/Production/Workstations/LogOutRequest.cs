namespace Mes.Contracts.Production.Workstations;

/// <summary>The operator logs out.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
[GenerateSerializer, Immutable, Alias("mes.production.log-out")]
public sealed record LogOutRequest([property: Id(0)] string RequestId);
