namespace Mes.Grains.Production.Lots;

/// <summary>A workstation books quantity taken from a lot by a unit it completed.</summary>
/// <param name="RequestId">The completion's request id and the slot: a retried completion books nothing twice.</param>
/// <param name="Quantity">How much.</param>
/// <param name="WorkstationId">Where.</param>
[GenerateSerializer, Immutable, Alias("mes.production.consume-lot")]
public sealed record ConsumeLot(
    [property: Id(0)] string RequestId,
    [property: Id(1)] decimal Quantity,
    [property: Id(2)] string WorkstationId);
