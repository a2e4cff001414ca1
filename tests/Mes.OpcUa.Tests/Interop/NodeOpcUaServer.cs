namespace Mes.OpcUa.Tests.Interop;

/// <summary>A node-opcua server (tests/interop/server.js) on a free loopback port, killed on dispose.</summary>
public sealed class NodeOpcUaServer : IAsyncLifetime
{
    private NodeServerProcess? _server;

    public string EndpointUrl => _server?.EndpointUrl ?? "";

    public async Task InitializeAsync() =>
        _server = await NodeServerProcess.StartAsync([NodeRuntime.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    public Task DisposeAsync()
    {
        if (_server is { } server) File.WriteAllText(Path.Combine(NodeRuntime.Home, "server.log"), server.Log);
        _server?.Dispose();
        return Task.CompletedTask;
    }
}
