using System.Globalization;
using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Events;

namespace Mes.PlcSimulator.Engine;

/// <summary>
/// Commands from outside (OPC UA method calls and writes), each accepted whole or refused with the reason and
/// nothing changed. Reset clears alarms, never counters.
/// </summary>
internal sealed partial class Station
{
    private const int MaxProgramLength = 64;

    private string currentProgram;

    public OperationOutcome Start()
    {
        if (state != PackMlState.Idle)
        {
            return InvalidState($"Start is accepted in Idle; {Id} is {StateNames.Of(state)}");
        }

        if (mode != MachineMode.Production)
        {
            return InvalidState($"{Id} is in {StateNames.Of(mode)} mode: set Mode to Production to start it");
        }

        if (alarm is not null)
        {
            return InvalidState($"alarm {alarm.Code} is active on {Id}: Reset clears it");
        }

        Accepted("Start");
        BeginActing(PackMlState.Starting, Definition.StartingTime);
        return OperationOutcome.Good;
    }

    public OperationOutcome Stop()
    {
        if (state is PackMlState.Stopped or PackMlState.Stopping or PackMlState.Aborting or PackMlState.Aborted or PackMlState.Clearing)
        {
            return InvalidState($"Stop is not accepted while {Id} is {StateNames.Of(state)}");
        }

        Accepted("Stop");
        Interrupt();
        recovering = false;
        BeginActing(PackMlState.Stopping, ActingTimes.Stopping);
        return OperationOutcome.Good;
    }

    public OperationOutcome Reset()
    {
        var resets = state is PackMlState.Stopped or PackMlState.Complete or PackMlState.Aborted;
        if (!resets && alarm is null)
        {
            return InvalidState($"nothing to reset: {Id} is {StateNames.Of(state)} without an active alarm");
        }

        if (state is PackMlState.Aborting)
        {
            return InvalidState($"{Id} is Aborting: Reset is accepted once it is Aborted");
        }

        Accepted("Reset");
        if (alarm is not null)
        {
            ClearAlarm(byReset: true);
        }

        switch (state)
        {
            case PackMlState.Aborted:
                recovering = false;
                BeginActing(PackMlState.Clearing, ActingTimes.Clearing);
                break;
            case PackMlState.Stopped or PackMlState.Complete:
                if (state == PackMlState.Complete && Upstream is null)
                {
                    line.StartNewOrder();
                }

                BeginActing(PackMlState.Resetting, ActingTimes.Resetting);
                break;
        }

        return OperationOutcome.Good;
    }

    public OperationOutcome LoadProgram(string program)
    {
        if (state is not (PackMlState.Idle or PackMlState.Stopped or PackMlState.Complete or PackMlState.Aborted))
        {
            return InvalidState($"a program is loaded in Idle, Stopped, Complete or Aborted; {Id} is {StateNames.Of(state)}");
        }

        if (string.IsNullOrWhiteSpace(program) || program.Length > MaxProgramLength)
        {
            return OperationOutcome.Refused(OperationStatus.BadInvalidArgument,
                $"Program must be a name of 1 to {MaxProgramLength} characters");
        }

        var previous = currentProgram;
        currentProgram = program;
        Accepted($"LoadProgram {program}");
        Nodes.CurrentProgram.Set(program);
        Emit(new ProgramLoaded(EventTime, Id, program));
        return OperationOutcome.GoodWith(previous);
    }

    public OperationOutcome InjectFault(string code, double seconds)
    {
        if (!AlarmCodes.IsValid(code))
        {
            return OperationOutcome.Refused(OperationStatus.BadInvalidArgument, $"Code must be {AlarmCodes.Rule}");
        }

        if (!double.IsFinite(seconds) || seconds <= 0 || seconds > ActingTimes.MaximumInjectedFault)
        {
            return OperationOutcome.Refused(OperationStatus.BadInvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"Seconds must be > 0 and <= {ActingTimes.MaximumInjectedFault}"));
        }

        if (alarm is not null)
        {
            return InvalidState($"alarm {alarm.Code} is already active on {Id}: Reset clears it");
        }

        var known = Definition.Faults?.Alarms.FirstOrDefault(a => a.Code == code);
        Accepted(string.Create(CultureInfo.InvariantCulture, $"InjectFault {code} {seconds}"));
        Raise(new ActiveAlarm(code, known?.Text ?? "Injected fault", known?.Reaction ?? FaultReaction.Hold), seconds, injected: true);
        return OperationOutcome.GoodWith(EventTime.UtcDateTime.AddTicks(Ticks.FromSeconds(seconds)));
    }

    public OperationOutcome ChangeMode(string text)
    {
        if (!StateNames.TryParseMode(text, out var next))
        {
            return OperationOutcome.Refused(OperationStatus.BadOutOfRange, "Mode must be Production, Maintenance or Manual");
        }

        if (next == mode)
        {
            return OperationOutcome.Good;
        }

        if (state is not (PackMlState.Idle or PackMlState.Stopped or PackMlState.Aborted))
        {
            return InvalidState($"the mode changes in Idle, Stopped or Aborted; {Id} is {StateNames.Of(state)}");
        }

        mode = next;
        Accepted($"Mode {text}");
        Nodes.Mode.Set(StateNames.Of(next));
        Nodes.MachineryOperationMode.Set(StateNames.MachineryOperationMode(next));
        Emit(new ModeChanged(EventTime, Id, StateNames.Of(next)));
        return OperationOutcome.Good;
    }

    /// <summary>Writes a setpoint after checking its range; <paramref name="apply"/> moves the process value's target.</summary>
    public OperationOutcome ChangeSetpoint(VariableNode setpoint, double value, double min, double max, Action<double> apply)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            return OperationOutcome.Refused(OperationStatus.BadOutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"{setpoint.NodeId} must be between {min} and {max}"));
        }

        apply(value);
        setpoint.Set(value);
        var name = setpoint.NodeId[(Id.Length + 1)..];
        Emit(new SetpointChanged(EventTime, Id, name, value));
        return OperationOutcome.Good;
    }

    private void Accepted(string command) => Emit(new CommandAccepted(EventTime, Id, command));

    private static OperationOutcome InvalidState(string message) => OperationOutcome.Refused(OperationStatus.BadInvalidState, message);
}
