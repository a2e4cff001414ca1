using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;

namespace Mes.PlcSimulator.Engine;

/// <summary>
/// The variables and methods every machine has (the words of OPC 40001 Machinery and PackML), created under the
/// machine's object; the process of each machine type adds its own beside them.
/// </summary>
internal sealed class MachineNodes
{
    private static readonly MethodArgument[] None = [];

    public MachineNodes(LineAddressSpace space, ObjectNode machine, string workstationId, MachineDefinition definition, Station station)
    {
        Machine = machine;
        State = space.AddVariable(machine, "State", VariableType.String,
            "PackML state name: Idle, Starting, Execute, Suspended, Held, Completing, Complete, Stopping, Stopped, Aborting, Aborted, Clearing, Resetting");
        StateCurrent = space.AddVariable(machine, "StateCurrent", VariableType.Int32,
            "PackML state number (ISA-TR88.00.02): 2 Stopped, 4 Idle, 5 Suspended, 6 Execute, 11 Held, 17 Complete, …");
        Mode = space.AddVariable(machine, "Mode", VariableType.String,
            "PackML unit mode: Production, Maintenance or Manual; writable in Idle, Stopped and Aborted",
            writer: value => station.ChangeMode((string)value));
        GoodCount = space.AddVariable(machine, "GoodCount", VariableType.UInt64, "Boards finished good; never resets");
        RejectCount = space.AddVariable(machine, "RejectCount", VariableType.UInt64, "Boards rejected here; never resets");
        TotalCount = space.AddVariable(machine, "TotalCount", VariableType.UInt64, "Boards finished, good or rejected (GoodCount + RejectCount); never resets");
        IdealCycleTime = space.AddVariable(machine, "IdealCycleTime", VariableType.Double, "Fastest possible time per board", "s");
        LastCycleTime = space.AddVariable(machine, "LastCycleTime", VariableType.Double, "Time the last board took, held or stopped time excluded", "s");
        CurrentProgram = space.AddVariable(machine, "CurrentProgram", VariableType.String, "Program (recipe) loaded");
        CurrentUnitSerial = space.AddVariable(machine, "CurrentUnitSerial", VariableType.String, "Serial number of the board in the machine; empty when none");
        AlarmActive = space.AddVariable(machine, "AlarmActive", VariableType.Boolean, "True while an alarm is active");
        AlarmCode = space.AddVariable(machine, "AlarmCode", VariableType.String, "Code of the active alarm; empty when none");
        AlarmText = space.AddVariable(machine, "AlarmText", VariableType.String, "Text of the active alarm; empty when none");
        StateSince = space.AddVariable(machine, "StateSince", VariableType.DateTime, "When the machine entered its current state (UTC)");
        Starved = space.AddVariable(machine, "Starved", VariableType.Boolean, "Suspended because there is no board to take");
        Blocked = space.AddVariable(machine, "Blocked", VariableType.Boolean, "Suspended because the next machine's buffer is full");
        BufferLevel = space.AddVariable(machine, "BufferLevel", VariableType.UInt32, "Boards waiting on the conveyor in front of the machine");
        var capacity = space.AddVariable(machine, "BufferCapacity", VariableType.UInt32, "Boards the conveyor in front of the machine holds (0: fed by the loader)");
        MachineryItemState = space.AddVariable(machine, "MachineryItemState", VariableType.String,
            "OPC 40001 MachineryItemState: Executing, NotExecuting or OutOfService");
        MachineryOperationMode = space.AddVariable(machine, "MachineryOperationMode", VariableType.String,
            "OPC 40001 MachineryOperationMode: Processing, Maintenance or Setup");
        var counters = space.AddObject(machine, "OperationCounters", "OPC 40001 MachineryOperationCounter");
        PowerOnDuration = space.AddVariable(counters, "PowerOnDuration", VariableType.Double, "Time the machine has been powered; never resets", "ms");
        OperationDuration = space.AddVariable(counters, "OperationDuration", VariableType.Double, "Time the machine has spent in Execute; never resets", "ms");

        var identification = space.AddObject(machine, "Identification", "Identification of the machine (OPC 40001 MachineIdentification)");
        space.AddVariable(identification, "Manufacturer", VariableType.String, "Manufacturer").Set("Zone MES plc-simulator");
        space.AddVariable(identification, "Model", VariableType.String, "Model").Set($"Simulated {definition.Type.ToString().ToLowerInvariant()}");
        space.AddVariable(identification, "SerialNumber", VariableType.String, "Serial number of the machine").Set($"SIM-{workstationId}");
        space.AddVariable(identification, "ProductInstanceUri", VariableType.String, "Globally unique identifier of the machine")
            .Set($"{LineAddressSpace.Namespace}:{workstationId}");

        space.AddMethod(machine, "Start", "PackML Start: Idle → Starting → Execute (Production mode, no active alarm)", None, None, _ => station.Start());
        space.AddMethod(machine, "Stop", "PackML Stop: → Stopping → Stopped; the board in the machine waits", None, None, _ => station.Stop());
        space.AddMethod(machine, "Reset", "Clears the active alarm; Stopped or Complete → Resetting → Idle; Aborted → Clearing → Stopped. Counters are kept.",
            None, None, _ => station.Reset());
        space.AddMethod(machine, "LoadProgram", "Loads a program (recipe) in Idle, Stopped, Complete or Aborted",
            [new MethodArgument("Program", VariableType.String, "Program name")],
            [new MethodArgument("PreviousProgram", VariableType.String, "The program loaded before")],
            args => station.LoadProgram((string)args[0]!));
        space.AddMethod(machine, "InjectFault", "Raises an alarm that lasts the given seconds (Held, or Aborted for an abort alarm of the catalogue)",
            [
                new MethodArgument("Code", VariableType.String, "Alarm code; the text comes from the machine's alarm catalogue"),
                new MethodArgument("Seconds", VariableType.Double, "How long the fault lasts, > 0 and <= 86400"),
            ],
            [new MethodArgument("ClearsAt", VariableType.DateTime, "When the alarm will clear by itself (simulated time, UTC)")],
            args => station.InjectFault((string)args[0]!, (double)args[1]!));

        Mode.Set(StateNames.Of(MachineMode.Production));
        IdealCycleTime.Set(definition.IdealCycleTime);
        capacity.Set((uint)definition.BufferCapacity);
    }

    public ObjectNode Machine { get; }

    public VariableNode State { get; }

    public VariableNode StateCurrent { get; }

    public VariableNode Mode { get; }

    public VariableNode GoodCount { get; }

    public VariableNode RejectCount { get; }

    public VariableNode TotalCount { get; }

    public VariableNode IdealCycleTime { get; }

    public VariableNode LastCycleTime { get; }

    public VariableNode CurrentProgram { get; }

    public VariableNode CurrentUnitSerial { get; }

    public VariableNode AlarmActive { get; }

    public VariableNode AlarmCode { get; }

    public VariableNode AlarmText { get; }

    public VariableNode StateSince { get; }

    public VariableNode Starved { get; }

    public VariableNode Blocked { get; }

    public VariableNode BufferLevel { get; }

    public VariableNode MachineryItemState { get; }

    public VariableNode MachineryOperationMode { get; }

    public VariableNode PowerOnDuration { get; }

    public VariableNode OperationDuration { get; }
}
