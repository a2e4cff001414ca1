using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Engine;

namespace Mes.PlcSimulator.Host;

/// <summary>
/// Moves a simulation along with the wall clock: simulated time = simulated time at the start + wall time since
/// × speed. Every <see cref="Interval"/> it steps the simulation and hands the changes to the sink (the OPC UA
/// adapter's nodes), which is where the 100 ms sampling of the published values comes from.
/// </summary>
public sealed class WallClockPacer
{
    /// <summary>How often the simulation is stepped and its changes forwarded, in wall time.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Simulation simulation;
    private readonly double speed;
    private readonly TimeProvider clock;
    private readonly long startedAt;
    private readonly TimeSpan origin;
    private readonly DateTimeOffset wallOrigin;
    private readonly DateTimeOffset simulatedOrigin;

    /// <summary>Paces <paramref name="simulation"/> from now on.</summary>
    public WallClockPacer(Simulation simulation, double speed, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(speed);
        this.simulation = simulation;
        this.speed = speed;
        this.clock = clock;
        startedAt = clock.GetTimestamp();
        origin = simulation.Elapsed;
        wallOrigin = clock.GetUtcNow();
        simulatedOrigin = simulation.Now;
    }

    /// <summary>
    /// The wall-clock time at which this pacer runs the simulated instant <paramref name="simulatedUtc"/>: at
    /// speed 10 ten simulated seconds after the start map to one wall second after it. Served values carry it
    /// as their source time, so a client sees the line's events when they happen, only closer together.
    /// </summary>
    public DateTime WallTimeOf(DateTime simulatedUtc) =>
        (wallOrigin + (new DateTimeOffset(simulatedUtc, TimeSpan.Zero) - simulatedOrigin) / speed).UtcDateTime;

    /// <summary>Runs the simulation up to where the wall clock says it should be (never past <paramref name="until"/>).</summary>
    public void CatchUp(TimeSpan? until = null)
    {
        var target = origin + clock.GetElapsedTime(startedAt) * speed;
        simulation.AdvanceTo(until is { } limit && target > limit ? limit : target);
    }

    /// <summary>
    /// Catches up every <see cref="Interval"/> and drains the changes into <paramref name="sink"/>, until
    /// <paramref name="until"/> of simulated time (forever when null) or cancellation.
    /// </summary>
    public async Task RunAsync(IVariableSink? sink, TimeSpan? until, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                CatchUp(until);
                if (sink is not null)
                {
                    simulation.AddressSpace.DrainChanges(sink);
                }

                if (until is { } limit && simulation.Elapsed >= limit)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C or SIGTERM: the run ends where it is.
        }
    }
}
