namespace Mes.PlcSimulator.Events;

/// <summary>Drops every event: for a run that only serves OPC UA or measures speed.</summary>
public sealed class DiscardedEvents : ISimulationEventSink
{
    /// <summary>The one instance.</summary>
    public static DiscardedEvents Instance { get; } = new();

    private DiscardedEvents()
    {
    }

    /// <inheritdoc />
    public void Record(SimulationEvent simulationEvent)
    {
    }
}
