namespace Mes.PlcSimulator.Engine;

/// <summary>How to run a line definition: how many copies, which seed, and the simulated time of the start.</summary>
/// <param name="Lines">Copies of the line (1 to <see cref="Simulation.MaxLines"/>), numbered on from the file's line id.</param>
/// <param name="Seed">The seed: the same seed, line file and .NET version give the same events.</param>
/// <param name="Start">Simulated time at the start, UTC.</param>
public sealed record SimulationOptions(int Lines, long Seed, DateTimeOffset Start)
{
    /// <summary>The start a headless run uses unless told otherwise, so that its events are reproducible.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 5, 6, 0, 0, TimeSpan.Zero);
}
