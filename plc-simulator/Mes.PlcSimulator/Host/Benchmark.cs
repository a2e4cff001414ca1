using System.Diagnostics;
using System.Globalization;
using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Engine;
using Mes.PlcSimulator.Events;

namespace Mes.PlcSimulator.Host;

/// <summary>
/// Measures what serving costs the engine: it steps the simulation in 100 ms of simulated time and drains the
/// changes after each step, as the OPC UA adapter will, and reports the CPU time per simulated second (which at
/// --speed 1 is the share of one core) and what was allocated.
/// </summary>
internal static class Benchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(1);

    public static void Run(SimulatorOptions options, LineDefinition line, TextWriter output)
    {
        var duration = options.Duration ?? DefaultDuration;
        var simulation = Simulation.Create(line, new SimulationOptions(options.Lines, options.Seed, SimulationOptions.DefaultStart), DiscardedEvents.Instance);
        var space = simulation.AddressSpace;
        var sink = new CountingSink();
        var step = TimeSpan.FromTicks(Simulation.TickLength);

        // The reflow ovens warm up for 15 minutes; measure the line in production, after the JIT has settled too.
        while (simulation.Elapsed < WarmUp)
        {
            simulation.AdvanceBy(step);
            space.DrainChanges(sink);
        }

        sink.Changes = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        var end = simulation.Elapsed + duration;
        while (simulation.Elapsed < end)
        {
            simulation.AdvanceBy(step);
            space.DrainChanges(sink);
        }

        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var seconds = duration.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            lines                    {options.Lines}
            machines                 {simulation.MachineCount}
            variables                {space.Variables.Count}
            simulated                {seconds:0} s in 100 ms steps, each followed by a drain of the changes
            wall time                {wall.Elapsed.TotalSeconds:0.000} s
            CPU time                 {cpu.TotalSeconds:0.000} s
            CPU per simulated second {cpu.TotalMilliseconds / seconds:0.000} ms ({cpu.TotalMilliseconds / seconds / 10:0.00} % of one core at --speed 1)
            changes per sim. second  {sink.Changes / seconds:0}
            allocated per sim. second {allocated / seconds / 1024:0.0} KiB
            """));
    }

    private sealed class CountingSink : IVariableSink
    {
        public long Changes { get; set; }

        public void OnChanged(VariableNode variable) => Changes++;
    }
}
