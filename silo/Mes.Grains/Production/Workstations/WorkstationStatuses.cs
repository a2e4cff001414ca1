using Mes.Contracts.Production.Equipment;
using Mes.Contracts.Production.Lines;
using Mes.Contracts.Production.Workstations;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Workstations;

namespace Mes.Grains.Production.Workstations;

/// <summary>From the domain's workstation to what terminals and the line dashboard show.</summary>
public static class WorkstationStatuses
{
    /// <summary>
    /// The workstation's status; <paramref name="master"/> says whether a unit can start, <paramref name="link"/>
    /// whether the MES hears the machine.
    /// </summary>
    public static WorkstationStatus From(Workstation station, PlantMasterData master, long sequence, EquipmentLink? link)
    {
        ArgumentNullException.ThrowIfNull(station);
        ArgumentNullException.ThrowIfNull(master);
        var definition = station.Definition;
        return new WorkstationStatus(definition.Id, definition.Name, definition.LineId, definition.Type, master.Version,
            Operator(station), Order(station),
            station.Setup.Values.OrderBy(r => r.Slot, StringComparer.Ordinal)
                .Select(r => new ReelInSlot(r.Slot, r.LotNo, r.PartNo, r.Bonded, r.LoadedAt, station.UnbookedPlacements.GetValueOrDefault(r.Slot)))
                .ToList(),
            Machine(station, link), Record(station.OpenDowntime), Record(station.LastDowntime),
            station.ReadyToStart(master) is { } notReady ? Refusals.From(notReady) : null,
            sequence);
    }

    /// <summary>The workstation's tile on the line dashboard.</summary>
    public static WorkstationTile Tile(Workstation station, long sequence, EquipmentLink? link)
    {
        ArgumentNullException.ThrowIfNull(station);
        return new WorkstationTile(station.Id, station.Definition.Name, Machine(station, link), station.CurrentOrder?.OrderNo,
            Operator(station), Record(station.OpenDowntime), sequence);
    }

    private static OperatorOnDuty? Operator(Workstation station) =>
        station.Session is { } session ? new OperatorOnDuty(session.Badge, session.Name, session.LoggedInAt) : null;

    private static OrderAtStation? Order(Workstation station) =>
        station.CurrentOrder is { } order ? new OrderAtStation(order.OrderNo, order.ProductNo, order.Bonded) : null;

    private static MachineStatus Machine(Workstation station, EquipmentLink? link)
    {
        var machine = station.Machine;
        return new MachineStatus(machine.E10.ToString(), machine.State, machine.Mode, machine.Since, machine.AlarmActive,
            machine.AlarmCode, machine.AlarmText,
            Count(station, SignalKind.GoodCount), Count(station, SignalKind.RejectCount), Count(station, SignalKind.TotalCount),
            machine.UpdatedAt, link);
    }

    private static long? Count(Workstation station, SignalKind counter) =>
        station.Counters.TryGetValue(counter.ToString(), out var reading) ? reading.Value : null;

    private static DowntimeRecord? Record(Downtime? downtime) => downtime is null
        ? null
        : new DowntimeRecord(downtime.Id, downtime.Category.ToString(), downtime.Source.ToString(), downtime.StartedAt,
            downtime.EndedAt, downtime.AlarmCode, downtime.AlarmText, downtime.ReasonCode, downtime.ReportedBy);
}
