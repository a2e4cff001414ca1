namespace Mes.Contracts.Production.Workstations;

/// <summary>The workstation starts working on an order.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="OrderNo">The production order.</param>
[GenerateSerializer, Immutable, Alias("mes.production.select-order")]
public sealed record SelectOrderRequest([property: Id(0)] string RequestId, [property: Id(1)] string OrderNo);
