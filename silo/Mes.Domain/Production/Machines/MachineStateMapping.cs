namespace Mes.Domain.Production.Machines;

/// <summary>
/// Maps what the machine publishes (PackML state, unit mode, AlarmActive) to a SEMI E10 state.
/// The table (also in docs/plant/master-data.md):
/// <list type="bullet">
/// <item>Mode Maintenance, Setup or Changeover → scheduled down (planned work on the machine).</item>
/// <item>Mode Manual or Engineering → engineering; Mode Off → non-scheduled.</item>
/// <item>Otherwise (Production, Automatic or none): Execute/Executing → productive, even with an active
/// warning alarm, because units still come out;</item>
/// <item>Held, Holding, Unholding, Aborting, Aborted, Clearing, OutOfService → unscheduled down (PackML
/// uses Held for internal faults such as a jam or an empty feeder);</item>
/// <item>Undefined, NotAvailable → non-scheduled (the machine is off);</item>
/// <item>any other state → standby, or unscheduled down while an alarm is active (a stopped machine
/// with an alarm is down, without one it is merely waiting).</item>
/// </list>
/// </summary>
public static class MachineStateMapping
{
    /// <summary>The E10 state for a canonical PackML state, a unit mode and the alarm flag.</summary>
    public static E10State ToE10(string state, string? mode, bool alarmActive)
    {
        switch (mode?.Trim().ToUpperInvariant())
        {
            case "MAINTENANCE" or "SETUP" or "CHANGEOVER":
                return E10State.ScheduledDown;
            case "MANUAL" or "ENGINEERING":
                return E10State.Engineering;
            case "OFF":
                return E10State.NonScheduled;
        }

        return state switch
        {
            "Execute" or "Executing" => E10State.Productive,
            "Held" or "Holding" or "Unholding" or "Aborting" or "Aborted" or "Clearing" or "OutOfService" =>
                E10State.UnscheduledDown,
            "Undefined" or "NotAvailable" => E10State.NonScheduled,
            _ => alarmActive ? E10State.UnscheduledDown : E10State.Standby,
        };
    }

    /// <summary>True for the two down states, during which a downtime is open.</summary>
    public static bool IsDown(this E10State state) => state is E10State.ScheduledDown or E10State.UnscheduledDown;

    /// <summary>
    /// True for the states OEE counts as planned production time: productive, standby and unscheduled down.
    /// Scheduled downtime, engineering and non-scheduled time are planned not to produce, so time in them is
    /// no availability loss.
    /// </summary>
    public static bool IsPlannedProduction(this E10State state) =>
        state is E10State.Productive or E10State.Standby or E10State.UnscheduledDown;
}
