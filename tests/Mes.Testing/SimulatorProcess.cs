using System.Globalization;
using System.Text.Json.Nodes;

namespace Mes.Testing;

/// <summary>
/// The PLC simulator as a real process serving OPC UA on a loopback port, with the shipped line. By
/// default its machines start in seconds (the shipped oven warms up for 15 minutes and holds the line
/// until it is hot), and it runs faster than real time so that a test sees boards move.
/// </summary>
public sealed class SimulatorProcess : IAsyncDisposable
{
    private readonly string lineFile;
    private ChildProcess process;

    private SimulatorProcess(int port, double speed, string lineFile, ChildProcess process)
    {
        Port = port;
        Speed = speed;
        this.lineFile = lineFile;
        this.process = process;
    }

    /// <summary>The loopback port it serves on.</summary>
    public int Port { get; }

    /// <summary>Simulated seconds per wall-clock second.</summary>
    public double Speed { get; }

    /// <summary>opc.tcp://127.0.0.1:port.</summary>
    public string Endpoint => $"opc.tcp://127.0.0.1:{Port}";

    /// <summary>What the process printed.</summary>
    public string Output => process.Output;

    /// <summary>Starts the simulator and waits until it serves.</summary>
    public static async Task<SimulatorProcess> StartAsync(int? port = null, double speed = 20, bool warm = true)
    {
        var line = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "plc-simulator", "Mes.PlcSimulator", "lines", "smt-line.json")))!;
        if (warm)
        {
            foreach (var machine in line["machines"]!.AsArray())
            {
                machine!["startingTime"] = 2;
            }
        }
        var lineFile = Path.Combine(Path.GetTempPath(), $"mes-line-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(lineFile, line.ToJsonString());
        var chosen = port ?? FreePort.Next();
        var simulator = new SimulatorProcess(chosen, speed, lineFile, Launch(chosen, speed, lineFile));
        await simulator.WaitServingAsync();
        return simulator;
    }

    /// <summary>Kills the process at once, as a power cut or kill -9 would.</summary>
    public void Kill() => process.Kill();

    /// <summary>Starts the simulator again on the same port, from the start of its line (counters at zero).</summary>
    public async Task RestartAsync()
    {
        process.Kill();
        await process.DisposeAsync();
        process = Launch(Port, Speed, lineFile);
        await WaitServingAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        File.Delete(lineFile);
    }

    private static ChildProcess Launch(int port, double speed, string lineFile) =>
        ChildProcess.StartDotnet(Repository.Binary("plc-simulator/Mes.PlcSimulator", "Mes.PlcSimulator.dll"), new Dictionary<string, string?>(),
            "--config", lineFile, "--endpoint", $"opc.tcp://127.0.0.1:{port}",
            "--speed", speed.ToString(CultureInfo.InvariantCulture), "--seed", "7");

    private Task WaitServingAsync() =>
        Eventually.True(() => Task.FromResult(process.Output.Contains("serving", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60), "the simulator to serve", () => process.Output);
}
