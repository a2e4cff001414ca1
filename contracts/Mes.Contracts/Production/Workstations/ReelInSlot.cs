namespace Mes.Contracts.Production.Workstations;

/// <summary>A verified reel in a slot.</summary>
/// <param name="Slot">The slot.</param>
/// <param name="LotNo">The reel's lot.</param>
/// <param name="PartNo">Its part.</param>
/// <param name="Bonded">True for bonded material.</param>
/// <param name="LoadedAt">When it was loaded (UTC).</param>
/// <param name="UnbookedPlacements">Parts picked from the slot since the last unit was booked.</param>
[GenerateSerializer, Immutable, Alias("mes.production.reel-in-slot")]
public sealed record ReelInSlot(
    [property: Id(0)] string Slot,
    [property: Id(1)] string LotNo,
    [property: Id(2)] string PartNo,
    [property: Id(3)] bool Bonded,
    [property: Id(4)] DateTimeOffset LoadedAt,
    [property: Id(5)] long UnbookedPlacements);
