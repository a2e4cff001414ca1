using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Mes.OpcUa.Server;
using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Engine;
using Mes.PlcSimulator.Events;
using Mes.PlcSimulator.Host;
using Mes.PlcSimulator.OpcUa;

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
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

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
        return await Serve(options, line, stop.Token);
}

// Serves the line over OPC UA until Ctrl-C or SIGTERM (what ./mes down sends).
static async Task<int> Serve(SimulatorOptions options, LineDefinition line, CancellationToken stop)
{
    var simulation = Simulation.Create(line, new SimulationOptions(options.Lines, options.Seed, options.Start ?? DateTimeOffset.UtcNow), DiscardedEvents.Instance);
    var pacer = new WallClockPacer(simulation, options.Speed ?? 1, TimeProvider.System);
    // A line run faster than life still stamps its values on the wall clock, as a PLC does, so the MES's
    // windows (a shift, the last hour) hold what it was sent; a chosen --start keeps the simulated calendar.
    await using var server = new LineServer(simulation.AddressSpace, new UaServerOptions
    {
        ListenAddress = ListenAddressOf(options.Endpoint),
        Port = options.Endpoint.Port,
        HostName = options.Endpoint.Host,
        // Namespace 1 is the server's own (its application URI); the machines live in urn:zone-mes:plc-simulator, index 2.
        ApplicationUri = "urn:zone-mes:plc-simulator:application",
        ApplicationName = "Zone MES PLC simulator",
        ProductUri = "urn:zone-mes:plc-simulator",
    }, options.Start is null ? pacer.WallTimeOf : null);
    try
    {
        await server.StartAsync(stop);
    }
    catch (System.Net.Sockets.SocketException e)
    {
        await Console.Error.WriteLineAsync($"Mes.PlcSimulator: cannot listen on {options.Endpoint}: {e.Message}");
        return ExitCodes.Unavailable;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"serving {options.Lines} line(s) of '{line.Name}' ({simulation.MachineCount} machines, {simulation.AddressSpace.Variables.Count} variables) on {server.EndpointUrl}, seed {options.Seed}, speed {options.Speed ?? 1}"));
    await pacer.RunAsync(server, null, stop);
    return ExitCodes.Ok;
}

static IPAddress ListenAddressOf(Uri endpoint) => endpoint.Host switch
{
    "localhost" => IPAddress.Loopback,
    "0.0.0.0" or "*" => IPAddress.Any,
    var host when IPAddress.TryParse(host, out var address) => address,
    var host => Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork),
};
