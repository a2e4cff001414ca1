using Mes.Domain.Production.Genealogy;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.MasterData;

namespace Mes.Domain.Production.Workstations;

/// <summary>
/// A workstation (grain key <c>ws:&lt;id&gt;</c>): the operator session, the verified setup (slot → reel),
/// the current order, the live machine state, open downtime and counters. Commands go through
/// <see cref="Decide"/> and <see cref="Apply"/>; telemetry batches through <see cref="Fold"/>.
/// Serialisable with System.Text.Json.
/// </summary>
public sealed partial record Workstation
{
    /// <summary>The workstation as defined in master data.</summary>
    public required WorkstationDefinition Definition { get; init; }

    /// <summary>The workstation id, e.g. smt-01-placer-1.</summary>
    public string Id => Definition.Id;

    /// <summary>The logged-in operator, or null.</summary>
    public OperatorSession? Session { get; init; }

    /// <summary>The order being worked on, or null.</summary>
    public OrderAssignment? CurrentOrder { get; init; }

    /// <summary>Verified reels by slot.</summary>
    public IReadOnlyDictionary<string, LoadedReel> Setup { get; init; } = new Dictionary<string, LoadedReel>();

    /// <summary>The live machine state.</summary>
    public MachinePicture Machine { get; init; } = new();

    /// <summary>The open downtime, or null.</summary>
    public Downtime? OpenDowntime { get; init; }

    /// <summary>The last downtime that ended, kept so an operator can still give its reason.</summary>
    public Downtime? LastDowntime { get; init; }

    /// <summary>Last readings of the cumulative counters by key ("GoodCount", "Slots.3.Picks").</summary>
    public IReadOnlyDictionary<string, CounterReading> Counters { get; init; } = new Dictionary<string, CounterReading>();

    /// <summary>Parts placed from each slot since they were last booked to a unit.</summary>
    public IReadOnlyDictionary<string, long> UnbookedPlacements { get; init; } = new Dictionary<string, long>();

    /// <summary>The state interval still running at <paramref name="now"/> (the closed ones come as
    /// <see cref="StateIntervalClosed"/> events), or null before the first signal; OEE needs both.</summary>
    public StateInterval? OpenInterval(DateTimeOffset now) =>
        Machine.Since is { } since && now > since ? new StateInterval(Machine.E10, since, now) : null;

    /// <summary>A new workstation as master data defines it.</summary>
    public static Workstation For(WorkstationDefinition definition) => new() { Definition = definition };

    /// <summary>
    /// The lots a unit completing here consumed, one per BOM line fed at this workstation from a loaded slot:
    /// the parts placed since the last unit where the machine reports picks for the slot, else the BOM
    /// quantity per unit.
    /// </summary>
    public IReadOnlyList<ConsumedLot> ConsumptionFor(BillOfMaterials bom)
    {
        ArgumentNullException.ThrowIfNull(bom);
        var consumed = new List<ConsumedLot>();
        foreach (var line in bom.LinesAt(Id))
        {
            if (!Setup.TryGetValue(line.Slot, out var reel))
            {
                continue;
            }

            consumed.Add(Counters.ContainsKey(CounterKeys.ForSlot(line.Slot, SignalKind.SlotPicks))
                ? new ConsumedLot(line.Slot, reel.LotNo, reel.PartNo, UnbookedPlacements.GetValueOrDefault(line.Slot), QuantitySource.PickCount)
                : new ConsumedLot(line.Slot, reel.LotNo, reel.PartNo, line.QtyPer, QuantitySource.BomQtyPer));
        }

        return consumed;
    }
}
