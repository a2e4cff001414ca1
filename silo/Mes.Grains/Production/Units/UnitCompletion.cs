using Mes.Contracts.Production.Units;

namespace Mes.Grains.Production.Units;

/// <summary>A completed operation: the unit afterwards and the lots the completion recorded (a retried
/// completion returns the lots of the first, so the workstation books the same quantities).</summary>
[GenerateSerializer, Immutable, Alias("mes.production.unit-completion")]
public sealed record UnitCompletion(
    [property: Id(0)] UnitSnapshot Unit,
    [property: Id(1)] IReadOnlyList<ConsumedLotLine> ConsumedLots);
