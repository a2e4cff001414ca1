namespace Mes.PlcSimulator.Engine;

/// <summary>
/// Acting states that take time (Starting, Stopping, Resetting, Completing, Aborting, Clearing) and the timers
/// that end them; after an abort the simulated operator clears, resets and restarts the machine.
/// </summary>
internal sealed partial class Station
{
    private long actingGeneration;
    private bool recovering;

    /// <summary>A timer of this machine is due.</summary>
    public void OnTimer(TimerKind kind, long generation)
    {
        switch (kind)
        {
            case TimerKind.Cycle when generation == cycleGeneration && cycleRunning:
                FinishCycle();
                break;
            case TimerKind.Acting when generation == actingGeneration:
                FinishActing();
                break;
            case TimerKind.Fault when generation == faultGeneration && state == PackMlState.Execute:
                RaiseRandomFault();
                break;
            case TimerKind.AlarmClear when generation == alarmGeneration && alarm is not null:
                ClearAlarm(byReset: false);
                break;
        }
    }

    /// <summary>The line starts: every machine is started as if Start had been called.</summary>
    public void AutoStart() => BeginActing(PackMlState.Starting, Definition.StartingTime);

    private void BeginActing(PackMlState acting, double seconds)
    {
        SetState(acting);
        line.Simulation.Schedule(Now + Ticks.FromSeconds(seconds), new ScheduledTimer(this, TimerKind.Acting, ++actingGeneration));
    }

    /// <summary>Pauses the board and cancels the acting state's timer: the machine stops what it was doing.</summary>
    private void Interrupt()
    {
        PauseCycle();
        actingGeneration++;
    }

    private void FinishActing()
    {
        switch (state)
        {
            case PackMlState.Starting:
                recovering = false;
                Run();
                break;
            case PackMlState.Stopping:
                SetState(PackMlState.Stopped);
                break;
            case PackMlState.Resetting:
                SetState(PackMlState.Idle);
                if (recovering)
                {
                    BeginActing(PackMlState.Starting, Definition.StartingTime);
                }

                break;
            case PackMlState.Completing:
                SetState(PackMlState.Complete);
                break;
            case PackMlState.Aborting:
                SetState(PackMlState.Aborted);
                if (alarm is null)
                {
                    Recover();
                }

                break;
            case PackMlState.Clearing:
                SetState(PackMlState.Stopped);
                if (recovering)
                {
                    BeginActing(PackMlState.Resetting, ActingTimes.Resetting);
                }

                break;
        }
    }

    /// <summary>
    /// The abort's cause is repaired: the operator clears the machine, and resets and starts it again when it was
    /// running when it aborted (a machine someone had stopped stays Stopped).
    /// </summary>
    private void Recover()
    {
        recovering = restartAfterAbort;
        BeginActing(PackMlState.Clearing, ActingTimes.Clearing);
    }
}
