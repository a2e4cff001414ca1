namespace Mes.PlcSimulator.Host;

/// <summary>What the command line asked for.</summary>
/// <param name="ConfigPath">Line file; null for the shipped line.</param>
/// <param name="Endpoint">Endpoint URL the OPC UA server listens on.</param>
/// <param name="Seed">Seed of the simulation.</param>
/// <param name="Speed">Simulated seconds per wall-clock second; null runs a headless run as fast as it can.</param>
/// <param name="Lines">Copies of the line.</param>
/// <param name="Security">How the OPC UA server is secured: endpoints, logins, PKI store.</param>
/// <param name="Start">Simulated time at the start; null for now (serving) or <see cref="Engine.SimulationOptions.DefaultStart"/> (headless).</param>
/// <param name="Mode">Serve, run headless, benchmark, or check the line file.</param>
/// <param name="Duration">Simulated time a headless run or benchmark covers.</param>
/// <param name="EventsPath">File the events are written to as JSON lines; null for none.</param>
public sealed record SimulatorOptions(
    string? ConfigPath,
    Uri Endpoint,
    long Seed,
    double? Speed,
    int Lines,
    ServerSecurity Security,
    DateTimeOffset? Start,
    RunMode Mode,
    TimeSpan? Duration,
    string? EventsPath);
