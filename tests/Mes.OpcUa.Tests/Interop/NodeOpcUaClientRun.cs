namespace Mes.OpcUa.Tests.Interop;

/// <summary>Runs tests/interop/client.js once against our server and keeps its JSON check lines by name.</summary>
public sealed class NodeOpcUaClientRun : IAsyncLifetime
{
    private NodeCheckRun? _run;
    private InteropPlant? _plant;

    public async Task InitializeAsync()
    {
        _plant = await InteropPlant.StartAsync();
        _run = await NodeCheckRun.RunAsync("client.js", [_plant.Server.EndpointUrl, InteropPlant.NamespaceUri], TimeSpan.FromMinutes(3));
    }

    public void AssertPassed(string check) => _run!.AssertPassed(check);

    public async Task DisposeAsync()
    {
        if (_plant is not null) await _plant.DisposeAsync();
    }
}
