using Mes.Contracts.Production.Units;

namespace Mes.Contracts.Production.Lots;

/// <summary>A material lot as it stands.</summary>
/// <param name="LotNo">Lot number.</param>
/// <param name="PartNo">Part.</param>
/// <param name="Quantity">Quantity left.</param>
/// <param name="Overdrawn">Quantity consumed beyond what the label said was on the reel.</param>
/// <param name="Bonded">Where it entered under bond, or null for non-bonded material.</param>
/// <param name="Moisture">MSD level and floor life.</param>
/// <param name="Hold">The hold, or null.</param>
/// <param name="Sequence">How many events the lot has recorded.</param>
[GenerateSerializer, Immutable, Alias("mes.production.lot-snapshot")]
public sealed record LotSnapshot(
    [property: Id(0)] string LotNo,
    [property: Id(1)] string PartNo,
    [property: Id(2)] decimal Quantity,
    [property: Id(3)] decimal Overdrawn,
    [property: Id(4)] BondedOrigin? Bonded,
    [property: Id(5)] MoistureStatus Moisture,
    [property: Id(6)] HoldInfo? Hold,
    [property: Id(7)] long Sequence);
