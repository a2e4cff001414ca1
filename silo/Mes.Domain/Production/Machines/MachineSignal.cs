using System.Text.Json.Serialization;

namespace Mes.Domain.Production.Machines;

/// <summary>
/// One typed value from a machine with its source timestamp: what the equipment agent hands a
/// workstation after <see cref="EquipmentNodeMap.Decode"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(TextSignal), "text")]
[JsonDerivedType(typeof(FlagSignal), "flag")]
[JsonDerivedType(typeof(CounterSignal), "counter")]
public abstract record MachineSignal(string WorkstationId, SignalKind Kind, string? Slot, DateTimeOffset At);

/// <summary>State (canonical PackML name), Mode, AlarmCode or AlarmText.</summary>
public sealed record TextSignal(string WorkstationId, SignalKind Kind, string Value, DateTimeOffset At)
    : MachineSignal(WorkstationId, Kind, null, At);

/// <summary>AlarmActive.</summary>
public sealed record FlagSignal(string WorkstationId, SignalKind Kind, bool Value, DateTimeOffset At)
    : MachineSignal(WorkstationId, Kind, null, At);

/// <summary>A cumulative counter; <see cref="MachineSignal.Slot"/> is set for slot picks and mispicks.</summary>
public sealed record CounterSignal(string WorkstationId, SignalKind Kind, string? Slot, long Value, DateTimeOffset At)
    : MachineSignal(WorkstationId, Kind, Slot, At)
{
    /// <summary>The key counters are tracked under: "GoodCount", "Slots.3.Picks".</summary>
    public string CounterKey => Slot is null ? Kind.ToString() : CounterKeys.ForSlot(Slot, Kind);
}
