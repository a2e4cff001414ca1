namespace Mes.Contracts.Production.Workstations;

/// <summary>The operator at the terminal lifts a lot's hold.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="LotNo">The lot.</param>
[GenerateSerializer, Immutable, Alias("mes.production.release-lot")]
public sealed record ReleaseLotRequest([property: Id(0)] string RequestId, [property: Id(1)] string LotNo);
