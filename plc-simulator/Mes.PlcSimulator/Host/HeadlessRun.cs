using System.Globalization;
using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Engine;
using Mes.PlcSimulator.Events;

namespace Mes.PlcSimulator.Host;

/// <summary>
/// Runs the engine without OPC UA for a simulated duration, as fast as it can (or at --speed), writes the events
/// as JSON lines when asked, and prints what each machine counted.
/// </summary>
internal static class HeadlessRun
{
    /// <summary>Steps of a run at full speed, so that Ctrl-C is heard between them.</summary>
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(1);

    public static async Task RunAsync(SimulatorOptions options, LineDefinition line, TextWriter output, CancellationToken cancellationToken)
    {
        var duration = options.Duration!.Value;
        using var writer = options.EventsPath is { } path ? new JsonLinesEventWriter(File.Create(path)) : null;
        var counter = new CountingEvents(writer);
        var simulation = Simulation.Create(line, new SimulationOptions(options.Lines, options.Seed, options.Start ?? SimulationOptions.DefaultStart), counter);
        if (options.Speed is { } speed)
        {
            await new WallClockPacer(simulation, speed, TimeProvider.System).RunAsync(null, duration, cancellationToken);
        }
        else
        {
            while (simulation.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                simulation.AdvanceTo(simulation.Elapsed + Step < duration ? simulation.Elapsed + Step : duration);
            }
        }

        Summarize(simulation, line, output);
        output.WriteLine(options.EventsPath is null
            ? string.Create(CultureInfo.InvariantCulture, $"{counter.Count} events")
            : string.Create(CultureInfo.InvariantCulture, $"{counter.Count} events written to {options.EventsPath}"));
    }

    private static void Summarize(Simulation simulation, LineDefinition line, TextWriter output)
    {
        var space = simulation.AddressSpace;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"simulated {simulation.Elapsed.TotalSeconds:0.#} s of {simulation.LineIdsInUse.Count} line(s), {simulation.MachineCount} machines, {space.Variables.Count} variables, seed {simulation.Seed}"));
        foreach (var runtime in simulation.Lines)
        {
            var lineId = runtime.Id;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lineId}: {runtime.Shipped} boards shipped, {runtime.Rejected} rejected"));
            foreach (var machine in line.Machines)
            {
                var id = $"{lineId}-{machine.Id}";
                string Read(string variable) => ((VariableNode)space.Find($"{id}.{variable}")!).Value.ToString() ?? string.Empty;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {id,-22} {Read("State"),-10} good {Read("GoodCount"),7}  reject {Read("RejectCount"),5}  total {Read("TotalCount"),7}"));
            }
        }
    }

    /// <summary>Counts the events and passes them on to the file, when there is one.</summary>
    private sealed class CountingEvents(ISimulationEventSink? next) : ISimulationEventSink
    {
        public long Count { get; private set; }

        public void Record(SimulationEvent simulationEvent)
        {
            Count++;
            next?.Record(simulationEvent);
        }
    }
}
