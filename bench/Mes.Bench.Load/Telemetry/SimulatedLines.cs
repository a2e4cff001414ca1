using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Mes.Bench.Load.Telemetry;

/// <summary>
/// The PLC simulator serving <c>--lines N</c> copies of the shipped line, started by the load. Its machines start in
/// seconds (the shipped oven warms up for 15 minutes, holding the line idle), so that the lines produce from the start.
/// </summary>
public sealed class SimulatedLines : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _lineFile;

    private SimulatedLines(Process process, string lineFile)
    {
        _process = process;
        _lineFile = lineFile;
    }

    /// <summary>The simulator's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts the built simulator (<c>./mes up</c> builds it) at <paramref name="speed"/> simulated seconds per second
    /// and waits until it serves.
    /// </summary>
    public static async Task<SimulatedLines> Start(string root, int lines, string endpoint, double speed)
    {
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, "plc-simulator", "Mes.PlcSimulator", "lines", "smt-line.json")))!;
        foreach (var machine in definition["machines"]!.AsArray())
        {
            machine!["startingTime"] = 2;
        }
        var lineFile = Path.Combine(Path.GetTempPath(), $"mes-load-line-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(lineFile, definition.ToJsonString());
        var configuration = Environment.GetEnvironmentVariable("MES_CONFIGURATION") is { Length: > 0 } c ? c : "Release";
        var dll = Path.Combine(root, "plc-simulator", "Mes.PlcSimulator", "bin", configuration, "net10.0", "Mes.PlcSimulator.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is not built: run ./mes up (it builds the simulator) or dotnet build -c {configuration} plc-simulator/Mes.PlcSimulator", dll);
        }
        var process = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                dll, "--config", lineFile, "--lines", lines.ToString(CultureInfo.InvariantCulture), "--endpoint", endpoint,
                "--speed", speed.ToString(CultureInfo.InvariantCulture),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("the simulator did not start");
        var error = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.Contains("serving", StringComparison.Ordinal))
            {
                // Keep draining its output so that it never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                return new SimulatedLines(process, lineFile);
            }
        }
        throw new InvalidOperationException($"the simulator exited before serving {endpoint} (is ./mes up running its own? start it with --no-simulator): {await error}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        File.Delete(_lineFile);
    }
}
