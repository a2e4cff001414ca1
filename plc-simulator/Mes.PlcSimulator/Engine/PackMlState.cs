namespace Mes.PlcSimulator.Engine;

/// <summary>
/// PackML (ISA-TR88.00.02) unit states with their standard numbers. The simulator publishes the name in
/// <c>State</c>. The acting states Holding, Unholding, Suspending and Unsuspending take no simulated time here and
/// are never published; Undefined is never entered.
/// </summary>
public enum PackMlState
{
    /// <summary>Not a state the machine is in.</summary>
    Undefined = 0,
    /// <summary>Acting: clearing an abort, on the way to Stopped.</summary>
    Clearing = 1,
    /// <summary>Stopped: powered, not running; Reset goes to Idle.</summary>
    Stopped = 2,
    /// <summary>Acting: warming up, homing; then Execute.</summary>
    Starting = 3,
    /// <summary>Ready; Start runs it.</summary>
    Idle = 4,
    /// <summary>Running but waiting on the line: starved (nothing to take) or blocked (nowhere to put the board).</summary>
    Suspended = 5,
    /// <summary>Working on a board.</summary>
    Execute = 6,
    /// <summary>Acting: coming to a controlled stop.</summary>
    Stopping = 7,
    /// <summary>Acting: emergency stop in progress.</summary>
    Aborting = 8,
    /// <summary>Stopped by a safety fault; Reset clears it to Stopped.</summary>
    Aborted = 9,
    /// <summary>Acting, instantaneous here.</summary>
    Holding = 10,
    /// <summary>Held by an internal fault (jam, empty feeder) until the alarm clears.</summary>
    Held = 11,
    /// <summary>Acting, instantaneous here.</summary>
    Unholding = 12,
    /// <summary>Acting, instantaneous here.</summary>
    Suspending = 13,
    /// <summary>Acting, instantaneous here.</summary>
    Unsuspending = 14,
    /// <summary>Acting: resetting to Idle.</summary>
    Resetting = 15,
    /// <summary>Acting: the order's last board is through, finishing up.</summary>
    Completing = 16,
    /// <summary>The order is done; Reset goes to Idle.</summary>
    Complete = 17,
}
