namespace Mes.Domain.Production.Machines;

/// <summary>
/// The machine signals the MES reads (words of OPC 40001 and PackML as the simulator publishes them).
/// <see cref="SlotPicks"/> and <see cref="SlotMispicks"/> exist once per feeder slot.
/// </summary>
public enum SignalKind
{
    /// <summary>PackML state name or number.</summary>
    State,
    /// <summary>PackML unit mode (Production, Maintenance, Manual, …).</summary>
    Mode,
    /// <summary>Cumulative count of good units.</summary>
    GoodCount,
    /// <summary>Cumulative count of rejected units.</summary>
    RejectCount,
    /// <summary>Cumulative count of all units processed.</summary>
    TotalCount,
    /// <summary>True while an alarm is active.</summary>
    AlarmActive,
    /// <summary>The active alarm's code.</summary>
    AlarmCode,
    /// <summary>The active alarm's text.</summary>
    AlarmText,
    /// <summary>Cumulative picks of a feeder slot.</summary>
    SlotPicks,
    /// <summary>Cumulative mispicks (picked, not placed) of a feeder slot.</summary>
    SlotMispicks,
}

/// <summary>Which signals are cumulative counters and which belong to a slot.</summary>
public static class SignalKinds
{
    /// <summary>True for the cumulative counters.</summary>
    public static bool IsCounter(this SignalKind kind) =>
        kind is SignalKind.GoodCount or SignalKind.RejectCount or SignalKind.TotalCount
            or SignalKind.SlotPicks or SignalKind.SlotMispicks;

    /// <summary>True for signals that exist once per feeder slot.</summary>
    public static bool IsPerSlot(this SignalKind kind) => kind is SignalKind.SlotPicks or SignalKind.SlotMispicks;
}
