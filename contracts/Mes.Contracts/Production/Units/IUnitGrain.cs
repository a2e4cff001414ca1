using Orleans.Concurrency;

namespace Mes.Contracts.Production.Units;

/// <summary>
/// A serialised unit (key <c>sn:&lt;serial&gt;</c>, see <see cref="GrainKey.Unit"/>): its route position,
/// history, hold and disposition. Units come into being when their order issues or registers serials;
/// operations start and complete through the workstation the unit is scanned at.
/// </summary>
[Alias("mes.production.unit")]
public interface IUnitGrain : IGrainWithStringKey
{
    /// <summary>The unit, or null when no order has given out this serial.</summary>
    [Alias("get"), AlwaysInterleave]
    Task<UnitSnapshot?> Get();

    /// <summary>Stops the unit where it is.</summary>
    [Alias("hold")]
    Task<Outcome<UnitSnapshot>> Hold(HoldRequest request);

    /// <summary>Lifts the hold.</summary>
    [Alias("release")]
    Task<Outcome<UnitSnapshot>> Release(ReleaseRequest request);

    /// <summary>Scraps the unit; its order counts it as scrap and may issue a serial in its place.</summary>
    [Alias("scrap")]
    Task<Outcome<UnitSnapshot>> Scrap(ScrapRequest request);

    /// <summary>Records that the unit, having passed its route, left in a shipment.</summary>
    [Alias("ship")]
    Task<Outcome<UnitSnapshot>> Ship(ShipRequest request);
}
