namespace Mes.PlcSimulator.Engine;

/// <summary>The timers a machine runs; each has its own generation so that a timer made stale by a change is ignored.</summary>
internal enum TimerKind
{
    /// <summary>The board in the machine is done.</summary>
    Cycle,
    /// <summary>An acting state (Starting, Stopping, Resetting, Completing, Aborting, Clearing) is over.</summary>
    Acting,
    /// <summary>The operating time to the next random fault has run out.</summary>
    Fault,
    /// <summary>The active alarm's time is up (repaired).</summary>
    AlarmClear,
}
