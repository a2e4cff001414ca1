using Mes.Contracts.Production.Units;
using Orleans.Concurrency;

namespace Mes.Contracts.Production.Lots;

/// <summary>
/// A material lot: a reel, tray or paste jar of one part (key <c>lot:&lt;lot no&gt;</c>, see
/// <see cref="GrainKey.Lot"/>), bonded or not, with its customs origin, its hold and its moisture
/// exposure (MSD floor life). Consumption is booked by the workstations that use it.
/// </summary>
[Alias("mes.production.lot")]
public interface IMaterialLotGrain : IGrainWithStringKey
{
    /// <summary>
    /// Registers the lot (its number is the grain key). Receiving creates non-bonded lots; the bonded
    /// ledger creates bonded lots with their customs document line. Registering the same lot again with the
    /// same data is confirmed; with other data it is a conflict.
    /// </summary>
    [Alias("register")]
    Task<Outcome<LotSnapshot>> Register(RegisterLotRequest request);

    /// <summary>The lot, or null when it was never registered.</summary>
    [Alias("get"), AlwaysInterleave]
    Task<LotSnapshot?> Get();

    /// <summary>Blocks the lot from being loaded.</summary>
    [Alias("hold")]
    Task<Outcome<LotSnapshot>> Hold(HoldRequest request);

    /// <summary>Lifts the hold.</summary>
    [Alias("release")]
    Task<Outcome<LotSnapshot>> Release(ReleaseRequest request);

    /// <summary>The moisture barrier bag is opened: the MSD floor-life clock runs.</summary>
    [Alias("open")]
    Task<Outcome<LotSnapshot>> Open(string requestId);

    /// <summary>The lot goes back into dry storage: the clock pauses.</summary>
    [Alias("seal")]
    Task<Outcome<LotSnapshot>> Seal(string requestId);

    /// <summary>The lot was baked: the exposure restarts at zero.</summary>
    [Alias("bake")]
    Task<Outcome<LotSnapshot>> Bake(string requestId);
}
