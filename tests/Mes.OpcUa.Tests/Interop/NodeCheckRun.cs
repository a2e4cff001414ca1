using System.Text.Json;

namespace Mes.OpcUa.Tests.Interop;

/// <summary>The outcome of one run of a node-opcua check script: its JSON lines <c>{"test", "ok", "detail"}</c> by name.</summary>
internal sealed class NodeCheckRun
{
    private readonly Dictionary<string, (bool Ok, string? Detail)> _checks = [];

    private NodeCheckRun(string output) => Output = output;

    public string Output { get; }

    /// <summary>Runs <paramref name="script"/> in tests/interop to the end (at most <paramref name="timeout"/>).</summary>
    public static async Task<NodeCheckRun> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        await NodeRuntime.EnsureInstalledAsync();
        using var process = NodeRuntime.Start("node", [script, .. arguments]);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        var run = new NodeCheckRun(await output + await errors);
        foreach (var line in (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!line.StartsWith('{')) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            run._checks[root.GetProperty("test").GetString()!] = (root.GetProperty("ok").GetBoolean(), root.GetProperty("detail").GetString());
        }
        return run;
    }

    public void AssertPassed(string check)
    {
        Assert.True(_checks.TryGetValue(check, out var result), $"node-opcua did not run '{check}':\n{Output}");
        Assert.True(result.Ok, $"node-opcua check '{check}' failed: {result.Detail}");
    }
}
