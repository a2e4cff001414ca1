using System.Globalization;
using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Engine;
using Mes.PlcSimulator.Events;
using Mes.PlcSimulator.Host;

var (options, error) = CommandLine.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync($"Mes.PlcSimulator: {error}");
    return ExitCodes.BadArguments;
}

if (options.Mode == RunMode.Help)
{
    Console.WriteLine(CommandLine.Usage);
    return ExitCodes.Ok;
}

var read = options.ConfigPath is { } path ? LineFile.Read(path) : LineFile.Parse(DefaultLine.Json());
if (read.Line is not { } line)
{
    await Console.Error.WriteLineAsync($"Mes.PlcSimulator: line file {options.ConfigPath ?? "(shipped)"} refused:");
    foreach (var problem in read.Errors)
    {
        await Console.Error.WriteLineAsync($"  {problem}");
    }

    return ExitCodes.BadArguments;
}

if (Simulation.RefuseLineCount(line, options.Lines) is { } tooMany)
{
    await Console.Error.WriteLineAsync($"Mes.PlcSimulator: {tooMany}");
    return ExitCodes.BadArguments;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

switch (options.Mode)
{
    case RunMode.Check:
        var simulation = Simulation.Create(line, new SimulationOptions(options.Lines, options.Seed, SimulationOptions.DefaultStart), DiscardedEvents.Instance);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"line file {options.ConfigPath ?? "(shipped)"} is valid: {line.LineId} '{line.Name}' building {line.Product}, {line.Machines.Count} machines"));
        foreach (var machine in line.Machines)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {line.LineId}-{machine.Id,-12} {machine.Type,-8} ideal cycle {machine.IdealCycleTime,5} s  buffer {machine.BufferCapacity}  slots {machine.Slots.Count}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"with --lines {options.Lines}: {simulation.MachineCount} machines, {simulation.AddressSpace.Variables.Count} variables"));
        return ExitCodes.Ok;
    case RunMode.Headless:
        await HeadlessRun.RunAsync(options, line, Console.Out, stop.Token);
        return ExitCodes.Ok;
    case RunMode.Benchmark:
        Benchmark.Run(options, line, Console.Out);
        return ExitCodes.Ok;
    default:
        await Console.Error.WriteLineAsync(
            $"Mes.PlcSimulator: serving OPC UA on {options.Endpoint} needs the Mes.OpcUa server, which this build does not have yet; " +
            "run the engine with --headless --duration <seconds> (see docs/plc-simulator.md)");
        return ExitCodes.Unavailable;
}
