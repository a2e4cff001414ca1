using Mes.PlcSimulator.Events;

namespace Mes.PlcSimulator.Engine;

/// <summary>The cycle on one board: drawn, paused while held or stopped, resumed, finished and counted.</summary>
internal sealed partial class Station
{
    private long cycleLength;
    private long cycleRemaining;
    private long cycleEndsAt;
    private bool cycleRunning;
    private long cycleGeneration;

    /// <summary>Draws the cycle time (never below the ideal) and starts it on the board just taken.</summary>
    private void StartCycle()
    {
        var extra = process.ExtraCycleTime();
        process.Begin(board!);
        var seconds = Definition.IdealCycleTime * (1 + Definition.CycleTimeVariation * Math.Abs(Random.Normal())) + extra;
        cycleLength = Math.Max(1, Ticks.FromSeconds(seconds));
        cycleRemaining = cycleLength;
        Nodes.CurrentUnitSerial.Set(board!.Serial);
        Emit(new UnitStarted(EventTime, Id, board.Serial));
        ResumeCycle();
    }

    private void ResumeCycle()
    {
        cycleEndsAt = Now + cycleRemaining;
        cycleRunning = true;
        line.Simulation.Schedule(cycleEndsAt, new ScheduledTimer(this, TimerKind.Cycle, ++cycleGeneration));
    }

    /// <summary>Stops the clock on the board in the machine; the rest of its cycle runs when the machine runs again.</summary>
    private void PauseCycle()
    {
        if (!cycleRunning)
        {
            return;
        }

        cycleRemaining = cycleEndsAt - Now;
        cycleRunning = false;
        cycleGeneration++;
    }

    private void FinishCycle()
    {
        cycleRunning = false;
        var finished = board!;
        var seconds = Ticks.ToSeconds(cycleLength);
        foreach (var slot in slots)
        {
            Emit(slot.Consume(finished, process.MispickFactor, process.ConsumptionFactor(finished), Random, EventTime, Id));
        }

        var verdict = process.Finish(finished, seconds);
        if (verdict.Good)
        {
            good++;
            Nodes.GoodCount.Set(good);
        }
        else
        {
            rejected++;
            Nodes.RejectCount.Set(rejected);
        }

        Nodes.TotalCount.Set(good + rejected);
        Nodes.LastCycleTime.Set(Math.Round(seconds, 3));
        Emit(new UnitCompleted(EventTime, Id, finished.Serial, verdict.Good, Math.Round(seconds, 3), verdict.Defect, good, rejected, good + rejected));
        if (verdict.Good)
        {
            boardDone = true;
        }
        else
        {
            line.Reject();
            board = null;
            Nodes.CurrentUnitSerial.Set(string.Empty);
        }

        Run();
    }
}
