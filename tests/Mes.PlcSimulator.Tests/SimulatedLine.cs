using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Engine;
using Mes.PlcSimulator.Events;

namespace Mes.PlcSimulator.Tests;

/// <summary>A simulation of the shipped line (or another) seen the way an OPC UA client sees it: node ids, reads, calls.</summary>
internal sealed class SimulatedLine
{
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    private SimulatedLine(Simulation simulation, EventLog log)
    {
        Simulation = simulation;
        Log = log;
    }

    public Simulation Simulation { get; }

    public EventLog Log { get; }

    public ILineAddressSpace Space => Simulation.AddressSpace;

    public IReadOnlyList<SimulationEvent> Events => Log.Events;

    public static SimulatedLine Start(long seed = 1, int lines = 1, LineDefinition? line = null)
    {
        var log = new EventLog();
        var simulation = Simulation.Create(line ?? DefaultLine.Load(), new SimulationOptions(lines, seed, SimulationOptions.DefaultStart), log);
        return new SimulatedLine(simulation, log);
    }

    public VariableNode Variable(string nodeId) =>
        Space.Find(nodeId) as VariableNode ?? throw new InvalidOperationException($"no variable {nodeId}");

    public T Read<T>(string nodeId) => (T)Variable(nodeId).Value;

    public string State(string workstationId) => Read<string>($"{workstationId}.State");

    public ulong Count(string workstationId, string counter = "TotalCount") => Read<ulong>($"{workstationId}.{counter}");

    public OperationOutcome Call(string methodNodeId, params object?[] arguments) =>
        Space.Call(Space.Find(methodNodeId) as MethodNode ?? throw new InvalidOperationException($"no method {methodNodeId}"), arguments);

    public OperationOutcome Write(string nodeId, object? value) => Space.Write(Variable(nodeId), value);

    public void Run(TimeSpan duration) => Simulation.AdvanceBy(duration);

    /// <summary>Runs in 100 ms steps until the condition holds; false when it did not within <paramref name="limit"/>.</summary>
    public bool RunUntil(Func<bool> condition, TimeSpan limit)
    {
        var end = Simulation.Elapsed + limit;
        while (!condition())
        {
            if (Simulation.Elapsed >= end)
            {
                return false;
            }

            Simulation.AdvanceBy(Step);
        }

        return true;
    }
}
