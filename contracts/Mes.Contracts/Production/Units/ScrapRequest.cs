namespace Mes.Contracts.Production.Units;

/// <summary>Scraps a unit.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="Reason">Why (required).</param>
/// <param name="By">Who.</param>
[GenerateSerializer, Immutable, Alias("mes.production.scrap")]
public sealed record ScrapRequest(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Reason,
    [property: Id(2)] string By);
