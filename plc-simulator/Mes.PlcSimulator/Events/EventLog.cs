namespace Mes.PlcSimulator.Events;

/// <summary>Keeps every event in memory, for tests and short runs.</summary>
public sealed class EventLog : ISimulationEventSink
{
    private readonly List<SimulationEvent> events = [];

    /// <summary>The events so far, in order.</summary>
    public IReadOnlyList<SimulationEvent> Events => events;

    /// <inheritdoc />
    public void Record(SimulationEvent simulationEvent) => events.Add(simulationEvent);
}
