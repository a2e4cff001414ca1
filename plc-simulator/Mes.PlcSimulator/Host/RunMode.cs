namespace Mes.PlcSimulator.Host;

/// <summary>What the simulator process does.</summary>
public enum RunMode
{
    /// <summary>Serve the lines over OPC UA, paced by the wall clock.</summary>
    Serve,
    /// <summary>Run the engine without OPC UA for a simulated duration, writing the event log.</summary>
    Headless,
    /// <summary>Measure the CPU time the engine takes per simulated second.</summary>
    Benchmark,
    /// <summary>Validate the line file and describe it.</summary>
    Check,
    /// <summary>Print the usage.</summary>
    Help,
}
