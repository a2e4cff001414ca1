using System.Diagnostics;
using System.Globalization;

namespace Mes.Bench.Load.Telemetry;

/// <summary>The PLC simulator serving <c>--lines N</c> copies of the shipped line in real time, started by the load.</summary>
public sealed class SimulatedLines : IAsyncDisposable
{
    private readonly Process _process;

    private SimulatedLines(Process process) => _process = process;

    /// <summary>The simulator's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts the built simulator (<c>./mes up</c> builds it) and waits until it serves.</summary>
    public static async Task<SimulatedLines> Start(string root, int lines, string endpoint)
    {
        var configuration = Environment.GetEnvironmentVariable("MES_CONFIGURATION") is { Length: > 0 } c ? c : "Release";
        var dll = Path.Combine(root, "plc-simulator", "Mes.PlcSimulator", "bin", configuration, "net10.0", "Mes.PlcSimulator.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is not built: run ./mes up (it builds the simulator) or dotnet build -c {configuration} plc-simulator/Mes.PlcSimulator", dll);
        }
        var process = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--lines", lines.ToString(CultureInfo.InvariantCulture), "--endpoint", endpoint },
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
                return new SimulatedLines(process);
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
    }
}
