namespace Mes.Contracts.Production.Workstations;

/// <summary>The operator at the terminal puts a lot on hold.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="LotNo">The lot.</param>
/// <param name="Reason">Why.</param>
[GenerateSerializer, Immutable, Alias("mes.production.hold-lot")]
public sealed record HoldLotRequest(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string LotNo,
    [property: Id(2)] string Reason);
