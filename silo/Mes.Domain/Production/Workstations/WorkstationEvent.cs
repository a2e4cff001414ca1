using System.Text.Json.Serialization;
using Mes.Domain.Production.Machines;

namespace Mes.Domain.Production.Workstations;

/// <summary>Something that happened at a workstation: decided from a command, or derived from telemetry.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(OperatorLoggedIn), "operatorLoggedIn")]
[JsonDerivedType(typeof(OperatorLoggedOut), "operatorLoggedOut")]
[JsonDerivedType(typeof(OrderSelected), "orderSelected")]
[JsonDerivedType(typeof(MaterialLoaded), "materialLoaded")]
[JsonDerivedType(typeof(MaterialUnloaded), "materialUnloaded")]
[JsonDerivedType(typeof(DowntimeStarted), "downtimeStarted")]
[JsonDerivedType(typeof(DowntimeEnded), "downtimeEnded")]
[JsonDerivedType(typeof(DowntimeReasonReported), "downtimeReasonReported")]
[JsonDerivedType(typeof(ConsumptionAttributed), "consumptionAttributed")]
[JsonDerivedType(typeof(MachineStateChanged), "machineStateChanged")]
[JsonDerivedType(typeof(StateIntervalClosed), "stateIntervalClosed")]
[JsonDerivedType(typeof(CountsAdvanced), "countsAdvanced")]
[JsonDerivedType(typeof(MaterialConsumed), "materialConsumed")]
public abstract record WorkstationEvent(string WorkstationId, DateTimeOffset At);

/// <summary>An operator logged in.</summary>
public sealed record OperatorLoggedIn(string WorkstationId, string Badge, string Name, DateTimeOffset At)
    : WorkstationEvent(WorkstationId, At);

/// <summary>The operator logged out.</summary>
public sealed record OperatorLoggedOut(string WorkstationId, string Badge, DateTimeOffset At)
    : WorkstationEvent(WorkstationId, At);

/// <summary>The workstation works on another order now.</summary>
public sealed record OrderSelected(string WorkstationId, OrderAssignment Order, DateTimeOffset At)
    : WorkstationEvent(WorkstationId, At);

/// <summary>A verified reel went into a slot.</summary>
public sealed record MaterialLoaded(string WorkstationId, string Slot, string LotNo, string PartNo, bool Bonded, DateTimeOffset At)
    : WorkstationEvent(WorkstationId, At);

/// <summary>A reel left a slot (taken out, or no longer valid for a newly selected order).</summary>
public sealed record MaterialUnloaded(string WorkstationId, string Slot, string LotNo, DateTimeOffset At)
    : WorkstationEvent(WorkstationId, At);

/// <summary>A downtime began.</summary>
public sealed record DowntimeStarted(string WorkstationId, Downtime Downtime, DateTimeOffset At)
    : WorkstationEvent(WorkstationId, At);

/// <summary>A downtime ended; <see cref="Downtime"/> is the closed record.</summary>
public sealed record DowntimeEnded(string WorkstationId, Downtime Downtime, DateTimeOffset At)
    : WorkstationEvent(WorkstationId, At);

/// <summary>An operator attached a reason code to a downtime (open, or the last one closed).</summary>
public sealed record DowntimeReasonReported(string WorkstationId, string DowntimeId, string ReasonCode, string Badge, DateTimeOffset At)
    : WorkstationEvent(WorkstationId, At);

/// <summary>The picks counted in <paramref name="Slots"/> were booked to unit <paramref name="Serial"/>.</summary>
public sealed record ConsumptionAttributed(string WorkstationId, string Serial, IReadOnlyList<string> Slots, DateTimeOffset At)
    : WorkstationEvent(WorkstationId, At);

/// <summary>The machine entered another E10 state (derived from telemetry).</summary>
public sealed record MachineStateChanged(string WorkstationId, E10State State, string PackMlState, string? AlarmCode, DateTimeOffset At)
    : WorkstationEvent(WorkstationId, At);

/// <summary>A state interval ended (derived from telemetry); the input of availability.</summary>
public sealed record StateIntervalClosed(string WorkstationId, StateInterval Interval, DateTimeOffset At)
    : WorkstationEvent(WorkstationId, At);

/// <summary>A cumulative counter moved (derived from telemetry); <paramref name="Delta"/> is never negative.</summary>
public sealed record CountsAdvanced(
    string WorkstationId,
    SignalKind Counter,
    string? Slot,
    long Delta,
    long Cumulative,
    CounterDiscontinuity Discontinuity,
    DateTimeOffset At) : WorkstationEvent(WorkstationId, At);

/// <summary>
/// Parts picked from a slot (derived from telemetry). <paramref name="LotNo"/> is null when no verified
/// reel was in the slot: the machine picked from an unverified slot and the parts cannot be traced.
/// </summary>
public sealed record MaterialConsumed(string WorkstationId, string Slot, string? LotNo, string? PartNo, decimal Quantity, DateTimeOffset At)
    : WorkstationEvent(WorkstationId, At);
