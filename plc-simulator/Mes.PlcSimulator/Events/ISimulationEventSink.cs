namespace Mes.PlcSimulator.Events;

/// <summary>Where the simulation sends its events, in the order they happen.</summary>
public interface ISimulationEventSink
{
    /// <summary>Takes one event; called under the simulation's lock.</summary>
    void Record(SimulationEvent simulationEvent);
}
