using System.Diagnostics;

namespace Mes.PlcSimulator.Tests;

/// <summary>The simulator program as integrators run it: exit codes, messages and the event file.</summary>
public sealed class SimulatorProcessTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("plc-simulator-tests").FullName;

    [Fact]
    public void A_bad_line_file_is_refused_at_start_with_a_message_naming_the_field()
    {
        var path = Path.Combine(folder, "bad-line.json");
        File.WriteAllText(path, ShippedLineJson.With(r => r.Machine(3)["idealCycleTime"] = 0));

        var (exitCode, _, error) = Run("--config", path, "--headless", "--duration", "60");

        Assert.Equal(2, exitCode);
        Assert.Contains("machines[3].idealCycleTime: must be > 0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_headless_runs_with_the_same_seed_write_the_same_event_file_and_another_seed_a_different_one()
    {
        string Events(string name, string seed)
        {
            var path = Path.Combine(folder, name);
            var (exitCode, output, error) = Run("--headless", "--duration", "1800", "--seed", seed, "--events", path);
            Assert.True(exitCode == 0, error);
            Assert.Contains("events written to", output, StringComparison.Ordinal);
            return File.ReadAllText(path);
        }

        var first = Events("a.jsonl", "17");

        Assert.Equal(first, Events("b.jsonl", "17"));
        Assert.NotEqual(first, Events("c.jsonl", "18"));
    }

    [Fact]
    public void Serving_on_a_port_another_program_holds_is_refused_naming_the_endpoint()
    {
        using var holder = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        holder.Start();
        var endpoint = $"opc.tcp://127.0.0.1:{((System.Net.IPEndPoint)holder.LocalEndpoint).Port}";

        var (exitCode, _, error) = Run("--endpoint", endpoint);

        Assert.Equal(3, exitCode);
        Assert.Contains($"cannot listen on {endpoint}", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "Mes.PlcSimulator.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
