using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;

namespace Mes.PlcSimulator.Engine.Processes;

/// <summary>
/// What a type of machine does to a board and which process values it publishes. The machine's state, flow,
/// counters and faults are <see cref="Station"/>'s; the process is asked at the start and end of each cycle and
/// on every tick.
/// </summary>
internal abstract class StationProcess(Station station)
{
    protected Station Station { get; } = station;

    protected LineAddressSpace Space => Station.Space;

    protected ObjectNode Machine => Station.Nodes.Machine;

    /// <summary>How much the process's drift multiplies the mispick rate of the machine's slots.</summary>
    public virtual double MispickFactor => 1;

    /// <summary>Seconds added to this cycle before it starts (a stencil wipe).</summary>
    public virtual double ExtraCycleTime() => 0;

    /// <summary>The cycle on <paramref name="board"/> begins.</summary>
    public virtual void Begin(Board board)
    {
    }

    /// <summary>How much a measured material (paste, in grams) is scaled for this board.</summary>
    public virtual double ConsumptionFactor(Board board) => 1;

    /// <summary>The cycle on <paramref name="board"/> is over: measure, judge, publish.</summary>
    public abstract Verdict Finish(Board board, double cycleSeconds);

    /// <summary>Advances the process values by one tick.</summary>
    public virtual void Tick(long now)
    {
    }

    /// <summary>Good, or rejected at the machine's base reject rate with <paramref name="defect"/>.</summary>
    protected Verdict BaseVerdict(string defect) =>
        Station.Random.Chance(Station.Definition.RejectRate) ? Verdict.Reject(defect) : Verdict.Pass;

    protected ProcessValue Value(ProcessValueDefinition definition, double? initial = null) =>
        new(definition, initial ?? definition.Nominal, definition.Nominal, Simulation.TickLength, Station.Random);

    protected VariableNode Variable(string name, VariableType type, string description, string? unit = null) =>
        Space.AddVariable(Machine, name, type, description, unit);

    /// <summary>A writable setpoint that moves <paramref name="value"/>'s target, refused outside [min, max].</summary>
    protected VariableNode Setpoint(ObjectNode parent, string name, string description, string unit, ProcessValue value, double min, double max)
    {
        VariableNode? node = null;
        node = Space.AddVariable(parent, name, VariableType.Double, description, unit,
            writer: written => Station.ChangeSetpoint(node!, (double)written, min, max, v => value.Target = v));
        node.Set(value.Target);
        return node;
    }
}
