namespace Mes.Contracts.Production.Workstations;

/// <summary>A reel (lot) is scanned into a feeder slot.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="Slot">The slot as the BOM names it: a feeder number, <c>board</c>, <c>paste</c>, a bin.</param>
/// <param name="LotNo">The reel's lot number.</param>
[GenerateSerializer, Immutable, Alias("mes.production.load-material")]
public sealed record LoadMaterialRequest(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Slot,
    [property: Id(2)] string LotNo);
