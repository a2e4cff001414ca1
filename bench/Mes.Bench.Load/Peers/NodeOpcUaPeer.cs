using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Mes.Bench.Load.Peers;

/// <summary>
/// node-opcua (tests/interop's pinned version) subscribing to the same nodes of the same simulator as the MES's
/// equipment agent, with the same intervals: how many data changes the server publishes, and what a bare client spends
/// receiving them, next to what the MES spends receiving, folding and storing them.
/// </summary>
public static class NodeOpcUaPeer
{
    /// <summary>Runs the script for the window and returns what it counted.</summary>
    public static async Task<NodeSubscription> Measure(string root, string endpoint, string namespaceUri, IReadOnlyList<string> identifiers,
        TimeSpan sampling, TimeSpan publishing, uint queueSize, TimeSpan warmUp, TimeSpan window)
    {
        var interop = Path.Combine(root, "tests", "interop");
        if (!Directory.Exists(Path.Combine(interop, "node_modules", "node-opcua")))
        {
            await Run("npm", ["ci", "--no-audit", "--no-fund"], interop, null);
        }

        var nodes = Path.GetTempFileName();
        var home = Directory.CreateTempSubdirectory("mes-bench-node-").FullName;
        try
        {
            await File.WriteAllLinesAsync(nodes, identifiers);
            string Ms(TimeSpan t) => t.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
            var output = await Run("node",
                [Path.Combine(AppContext.BaseDirectory, "node", "subscribe-nodes.js"), endpoint, namespaceUri, nodes, Ms(sampling), Ms(publishing),
                    queueSize.ToString(CultureInfo.InvariantCulture), warmUp.TotalSeconds.ToString(CultureInfo.InvariantCulture),
                    window.TotalSeconds.ToString(CultureInfo.InvariantCulture)],
                interop, new Dictionary<string, string> { ["NODE_PATH"] = Path.Combine(interop, "node_modules"), ["HOME"] = home });
            var json = output.Split('\n').Last(l => l.StartsWith('{'));
            return JsonSerializer.Deserialize<NodeSubscription>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
        finally
        {
            File.Delete(nodes);
            Directory.Delete(home, recursive: true);
        }
    }

    private static async Task<string> Run(string file, IReadOnlyList<string> arguments, string folder, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {await error}");
    }
}

/// <summary>What the node-opcua client counted: monitored items, data changes and its CPU seconds over the window.</summary>
public sealed record NodeSubscription(int Items, long Changes, double CpuSeconds, double WallSeconds)
{
    /// <summary>Data changes per second.</summary>
    public double ChangesPerSecond => Changes / WallSeconds;
}
