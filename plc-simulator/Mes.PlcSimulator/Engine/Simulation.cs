using System.Globalization;
using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Events;

namespace Mes.PlcSimulator.Engine;

/// <summary>
/// The discrete-event simulation of one or more copies of a line. Nothing inside reads the wall clock: simulated
/// time moves only when <see cref="AdvanceTo"/> is called, timers fire in time order (ties in the order they were
/// set), and process values are sampled every <see cref="TickLength"/> of simulated time whatever steps the host
/// advances in. Each machine draws from its own generator seeded from (seed, line number, machine index), so a
/// line behaves the same however many copies run beside it. Thread-safe: steps, writes, calls and drains of
/// <see cref="AddressSpace"/> are serialized.
/// </summary>
public sealed class Simulation
{
    /// <summary>The process-value sampling period, in ticks: 100 ms.</summary>
    public const long TickLength = TimeSpan.TicksPerMillisecond * 100;

    /// <summary>The most copies of a line: line numbers have at most three digits.</summary>
    public const int MaxLines = 999;

    private readonly EventQueue queue = new();
    private readonly Queue<Station> settles = new();
    private readonly List<LineRuntime> lines = [];
    private readonly List<Station> stations = [];
    private readonly ISimulationEventSink events;
    private readonly DateTimeOffset start;
    private long lastTick;

    private Simulation(LineDefinition line, SimulationOptions options, ISimulationEventSink events)
    {
        Seed = options.Seed;
        start = options.Start.ToUniversalTime();
        this.events = events;
        Space = new LineAddressSpace(start.UtcDateTime);
        foreach (var (id, number) in LineIds(line.LineId, options.Lines))
        {
            var runtime = new LineRuntime(this, line, id, number);
            lines.Add(runtime);
            stations.AddRange(runtime.Stations);
        }
    }

    /// <summary>The address space to publish over OPC UA.</summary>
    public ILineAddressSpace AddressSpace => Space;

    /// <summary>The seed the generators were made from.</summary>
    public long Seed { get; }

    /// <summary>Simulated time now, UTC.</summary>
    public DateTimeOffset Now => start.AddTicks(ElapsedTicks);

    /// <summary>Simulated time since the start.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(ElapsedTicks);

    /// <summary>The line ids, in order (<c>smt-01</c>, <c>smt-02</c>, …).</summary>
    public IReadOnlyList<string> LineIdsInUse => lines.Select(l => l.Id).ToList();

    /// <summary>Machines in all lines.</summary>
    public int MachineCount => stations.Count;

    internal LineAddressSpace Space { get; }

    internal long ElapsedTicks { get; private set; }

    internal IReadOnlyList<LineRuntime> Lines => lines;

    /// <summary>
    /// Builds the lines and starts them (machines Idle, then Starting when the line file says autoStart) at
    /// <see cref="SimulationOptions.Start"/>.
    /// </summary>
    public static Simulation Create(LineDefinition line, SimulationOptions options, ISimulationEventSink events)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(events);
        if (RefuseLineCount(line, options.Lines) is { } refusal)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Lines, refusal);
        }

        var simulation = new Simulation(line, options, events);
        lock (simulation.Space.Gate)
        {
            foreach (var runtime in simulation.lines)
            {
                runtime.Start();
            }

            simulation.FlushSettles();
        }

        return simulation;
    }

    /// <summary>Why <paramref name="lines"/> copies of <paramref name="line"/> cannot be made (line numbers end at 999), or null.</summary>
    public static string? RefuseLineCount(LineDefinition line, int lines)
    {
        ArgumentNullException.ThrowIfNull(line);
        var most = MaxLines - FirstNumber(line.LineId) + 1;
        return lines >= 1 && lines <= most ? null : $"--lines {lines}: line {line.LineId} can have 1 to {most} copies";
    }

    /// <summary>The ids of <paramref name="count"/> copies of a line: the number is counted on, at least two digits.</summary>
    public static IReadOnlyList<(string Id, string Number)> LineIds(string firstLineId, int count)
    {
        ArgumentNullException.ThrowIfNull(firstLineId);
        var dash = firstLineId.LastIndexOf('-');
        var stem = firstLineId[..(dash + 1)];
        var first = FirstNumber(firstLineId);
        return Enumerable.Range(first, count)
            .Select(n => n.ToString("D2", CultureInfo.InvariantCulture))
            .Select(number => (stem + number, number))
            .ToList();
    }

    /// <summary>Runs the simulation up to <paramref name="elapsed"/> since the start (no-op when already there).</summary>
    public void AdvanceTo(TimeSpan elapsed)
    {
        var target = elapsed.Ticks;
        lock (Space.Gate)
        {
            while (true)
            {
                var nextTick = lastTick + TickLength;
                if (queue.TryPeekTime(out var at) && at <= nextTick && at <= target)
                {
                    MoveTo(at);
                    var timer = queue.Dequeue();
                    timer.Station.OnTimer(timer.Kind, timer.Generation);
                    FlushSettles();
                }
                else if (nextTick <= target)
                {
                    MoveTo(nextTick);
                    lastTick = nextTick;
                    foreach (var station in stations)
                    {
                        station.Tick();
                    }
                }
                else
                {
                    break;
                }
            }

            if (target > ElapsedTicks)
            {
                MoveTo(target);
            }
        }
    }

    /// <summary>Runs the simulation on by <paramref name="duration"/>.</summary>
    public void AdvanceBy(TimeSpan duration) => AdvanceTo(Elapsed + duration);

    internal void Schedule(long at, ScheduledTimer timer) => queue.Schedule(at, timer);

    internal void Record(SimulationEvent simulationEvent) => events.Record(simulationEvent);

    internal void RequestSettle(Station station)
    {
        if (!station.SettleQueued)
        {
            station.SettleQueued = true;
            settles.Enqueue(station);
        }
    }

    /// <summary>
    /// Runs the settles that a step asked for. A machine does not call its neighbour directly, so a hand-over never
    /// re-enters a machine that is half-way through its own step.
    /// </summary>
    internal void FlushSettles()
    {
        while (settles.TryDequeue(out var station))
        {
            station.SettleQueued = false;
            station.Settle();
        }
    }

    private void MoveTo(long ticks)
    {
        ElapsedTicks = ticks;
        Space.Tracker.NowUtcTicks = start.UtcTicks + ticks;
    }

    private static int FirstNumber(string lineId) =>
        int.Parse(lineId[(lineId.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
}
