using Mes.OpcUa.Client;

namespace Mes.OpcUa.Tests.Server;

/// <summary>Tests that each start the test plant and connect one anonymous client to it.</summary>
public abstract class PlantSessionTests : IAsyncLifetime
{
    internal TestPlant Plant { get; private set; } = null!;

    internal UaClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Plant = await TestPlant.StartAsync();
        Client = await UaClient.ConnectAsync(Plant.Url);
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        await Plant.DisposeAsync();
    }
}
