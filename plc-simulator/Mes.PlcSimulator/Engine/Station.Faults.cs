using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Events;

namespace Mes.PlcSimulator.Engine;

/// <summary>
/// Faults: random ones after an exponential operating time (time in Execute) with mean MTBF, lasting an exponential
/// time with mean MTTR; injected ones for the seconds asked. A hold alarm holds the machine and it carries on when
/// the alarm clears; an abort alarm aborts it.
/// </summary>
internal sealed partial class Station
{
    private ActiveAlarm? alarm;
    private long alarmGeneration;
    private long faultGeneration;
    private long uptimeLeft;
    private long executeSince;
    private PackMlState heldFrom;
    private bool restartAfterAbort;

    private void EnterExecute()
    {
        if (Definition.Faults is null)
        {
            return;
        }

        executeSince = Now;
        line.Simulation.Schedule(Now + uptimeLeft, new ScheduledTimer(this, TimerKind.Fault, ++faultGeneration));
    }

    private void LeaveExecute()
    {
        if (Definition.Faults is null)
        {
            return;
        }

        uptimeLeft = Math.Max(0, uptimeLeft - (Now - executeSince));
        faultGeneration++;
    }

    private void RaiseRandomFault()
    {
        var faults = Definition.Faults!;
        var alarms = faults.Alarms;
        var chosen = alarms[Random.Weighted(alarms.Select(a => a.Weight).ToArray())];
        var seconds = Math.Max(ActingTimes.MinimumRepair, Random.Exponential(faults.Mttr));
        Raise(new ActiveAlarm(chosen.Code, chosen.Text, chosen.Reaction), seconds, injected: false);
        uptimeLeft = Ticks.FromSeconds(Random.Exponential(faults.Mtbf));
    }

    private void Raise(ActiveAlarm raised, double seconds, bool injected)
    {
        alarm = raised;
        line.Simulation.Schedule(Now + Ticks.FromSeconds(seconds), new ScheduledTimer(this, TimerKind.AlarmClear, ++alarmGeneration));
        Nodes.AlarmCode.Set(raised.Code);
        Nodes.AlarmText.Set(raised.Text);
        Nodes.AlarmActive.Set(true);
        Emit(new FaultRaised(EventTime, Id, raised.Code, raised.Text, raised.Reaction, Math.Round(seconds, 3), injected));

        if (raised.Reaction == FaultReaction.Abort)
        {
            if (state is not (PackMlState.Aborting or PackMlState.Aborted))
            {
                restartAfterAbort = state is PackMlState.Starting or PackMlState.Execute or PackMlState.Suspended
                    or PackMlState.Held or PackMlState.Completing;
                Interrupt();
                recovering = false;
                BeginActing(PackMlState.Aborting, ActingTimes.Aborting);
            }
        }
        else if (state is PackMlState.Starting or PackMlState.Execute or PackMlState.Suspended or PackMlState.Completing)
        {
            heldFrom = state;
            Interrupt();
            SetState(PackMlState.Held);
        }
    }

    private void ClearAlarm(bool byReset)
    {
        var cleared = alarm!;
        alarm = null;
        alarmGeneration++;
        Nodes.AlarmActive.Set(false);
        Nodes.AlarmCode.Set(string.Empty);
        Nodes.AlarmText.Set(string.Empty);
        Emit(new FaultCleared(EventTime, Id, cleared.Code, byReset));

        if (state == PackMlState.Held)
        {
            Unhold();
        }
        else if (state == PackMlState.Aborted && !byReset)
        {
            Recover();
        }
    }

    /// <summary>Back to what the machine was doing when it was held: the acting state starts over, running carries on.</summary>
    private void Unhold()
    {
        switch (heldFrom)
        {
            case PackMlState.Starting:
                BeginActing(PackMlState.Starting, Definition.StartingTime);
                break;
            case PackMlState.Completing:
                BeginActing(PackMlState.Completing, ActingTimes.Completing);
                break;
            default:
                Run();
                break;
        }
    }
}
