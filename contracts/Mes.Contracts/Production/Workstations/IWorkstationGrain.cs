using Mes.Contracts.Production.Telemetry;
using Mes.Contracts.Production.Units;
using Orleans.Concurrency;

namespace Mes.Contracts.Production.Workstations;

/// <summary>
/// A workstation of a line (key <c>ws:&lt;workstation id&gt;</c>, see <see cref="GrainKey.Workstation"/>):
/// the terminal's operator session, the verified setup (slot → reel), the current order, and the live
/// machine state derived from telemetry. The workstation must exist in the current master data; every
/// command to one that does not is refused as not found.
/// </summary>
[Alias("mes.production.workstation")]
public interface IWorkstationGrain : IGrainWithStringKey
{
    /// <summary>The workstation as master data defines it, with its live status; null when master data has
    /// no such workstation.</summary>
    [Alias("get"), AlwaysInterleave]
    Task<WorkstationStatus?> Get();

    /// <summary>An operator logs in by badge; the certifications the station's operations need are checked.</summary>
    [Alias("log-in")]
    Task<Outcome<WorkstationStatus>> LogIn(LogInRequest request);

    /// <summary>The operator logs out.</summary>
    [Alias("log-out")]
    Task<Outcome<WorkstationStatus>> LogOut(LogOutRequest request);

    /// <summary>The workstation starts working on a released order; reels that do not fit it come off.</summary>
    [Alias("select-order")]
    Task<Outcome<WorkstationStatus>> SelectOrder(SelectOrderRequest request);

    /// <summary>A reel is scanned into a feeder slot and verified against the order's BOM, the lot's hold and
    /// MSD floor life, and the bond.</summary>
    [Alias("load-material")]
    Task<Outcome<WorkstationStatus>> LoadMaterial(LoadMaterialRequest request);

    /// <summary>A reel is taken out of a slot.</summary>
    [Alias("unload-material")]
    Task<Outcome<WorkstationStatus>> UnloadMaterial(UnloadMaterialRequest request);

    /// <summary>The operator says why the workstation is (or was) down.</summary>
    [Alias("report-downtime")]
    Task<Outcome<WorkstationStatus>> ReportDowntime(ReportDowntimeRequest request);

    /// <summary>A unit is scanned to start its next operation here; the route is enforced by the unit.</summary>
    [Alias("start-unit")]
    Task<Outcome<UnitSnapshot>> StartUnit(StartUnitRequest request);

    /// <summary>The operation in progress on a unit completes, with its result; the lots consumed are booked
    /// from the setup (pick counts where the machine reports them, else the BOM quantity).</summary>
    [Alias("complete-unit")]
    Task<Outcome<UnitSnapshot>> CompleteUnit(CompleteUnitRequest request);

    /// <summary>The logged-in operator puts a unit on hold.</summary>
    [Alias("hold-unit")]
    Task<Outcome<UnitSnapshot>> HoldUnit(HoldUnitRequest request);

    /// <summary>The logged-in operator lifts a unit's hold.</summary>
    [Alias("release-unit")]
    Task<Outcome<UnitSnapshot>> ReleaseUnit(ReleaseUnitRequest request);

    /// <summary>The logged-in operator puts a lot on hold.</summary>
    [Alias("hold-lot")]
    Task<Outcome<Lots.LotSnapshot>> HoldLot(HoldLotRequest request);

    /// <summary>The logged-in operator lifts a lot's hold.</summary>
    [Alias("release-lot")]
    Task<Outcome<Lots.LotSnapshot>> ReleaseLot(ReleaseLotRequest request);

    /// <summary>
    /// One OPC UA Publish response's data changes for this workstation, from the equipment agent: decoded
    /// with the equipment node mapping, folded into the machine state (E10 state, downtime, counters, picks),
    /// the derived events persisted, the raw values queued for the telemetry history, the line's live view
    /// told. Call once per batch, never once per value.
    /// </summary>
    [Alias("apply-telemetry")]
    Task<TelemetryReceipt> ApplyTelemetry(TelemetryBatch batch);

    /// <summary>
    /// The equipment agent reports the link to the machine's server (connecting, connected, disconnected
    /// with the reason), so that the terminal and the line dashboard show a machine the MES cannot hear.
    /// </summary>
    [Alias("report-equipment-link")]
    Task ReportEquipmentLink(Equipment.EquipmentLink link);
}
