using System.Text.Json;

namespace Mes.OpcUa.Tests.Interop;

/// <summary>Runs tests/interop/client.js once against our server and keeps its JSON check lines by name.</summary>
public sealed class NodeOpcUaClientRun : IAsyncLifetime
{
    private readonly Dictionary<string, (bool Ok, string? Detail)> _checks = [];
    private InteropPlant? _plant;

    public string Output { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await NodeRuntime.EnsureInstalledAsync();
        _plant = await InteropPlant.StartAsync();
        using var process = NodeRuntime.Start("node", ["client.js", _plant.Server.EndpointUrl, InteropPlant.NamespaceUri]);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        Output = await output + await errors;
        foreach (var line in (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!line.StartsWith('{')) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            _checks[root.GetProperty("test").GetString()!] = (root.GetProperty("ok").GetBoolean(), root.GetProperty("detail").GetString());
        }
    }

    public void AssertPassed(string check)
    {
        Assert.True(_checks.TryGetValue(check, out var result), $"node-opcua client did not run '{check}':\n{Output}");
        Assert.True(result.Ok, $"node-opcua client check '{check}' failed: {result.Detail}");
    }

    public async Task DisposeAsync()
    {
        if (_plant is not null) await _plant.DisposeAsync();
    }
}
