using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server;
using Mes.OpcUa.Tests.Server;

namespace Mes.OpcUa.Tests.Client;

public sealed class OperationLimitTests
{
    private static readonly UaServerOptions Tight = new()
    {
        OperationLimits = new OperationLimits { MaxNodesPerRead = 3, MaxNodesPerWrite = 2, MaxMonitoredItemsPerCall = 2 },
    };

    [Fact]
    public async Task The_client_learns_the_server_operation_limits_when_it_connects()
    {
        await using var plant = await TestPlant.StartAsync(Tight);
        await using var client = await UaClient.ConnectAsync(plant.Url);

        Assert.Equal(new ServerOperationLimits(3, 2, 1000, 2), client.OperationLimits);
    }

    [Fact]
    public async Task A_read_of_more_nodes_than_the_server_takes_per_call_is_split_into_batches()
    {
        await using var plant = await TestPlant.StartAsync(Tight);
        await using var client = await UaClient.ConnectAsync(plant.Url);
        var nodes = Enumerable.Range(1, 10).Select(i => plant.Id($"smt-01-placer-1.Slots.{i}.Picks")).ToArray();

        var values = await client.ReadAsync(nodes);

        Assert.Equal(Enumerable.Range(1, 10).Select(i => (uint)i), values.Select(v => v.Value.Get<uint>()));
    }

    [Fact]
    public async Task A_write_of_more_nodes_than_the_server_takes_per_call_is_split_into_batches()
    {
        await using var plant = await TestPlant.StartAsync(Tight);
        await using var client = await UaClient.ConnectAsync(plant.Url);
        var writes = Enumerable.Range(0, 5).Select(i => new KeyValuePair<NodeId, DataValue>(plant.Setpoint.NodeId, new DataValue(new Variant((short)i)))).ToArray();

        var results = await client.WriteAsync(writes);

        Assert.Equal(5, results.Count(r => r.IsGood));
    }

    [Fact]
    public async Task Monitored_items_beyond_the_per_call_limit_are_created_in_batches()
    {
        await using var plant = await TestPlant.StartAsync(Tight);
        await using var client = await UaClient.ConnectAsync(plant.Url);
        var nodes = Enumerable.Range(1, 5).Select(i => new MonitoredNode(plant.Id($"smt-01-placer-1.Slots.{i}.Picks"), (uint)i)).ToArray();

        await using var subscription = await client.SubscribeAsync(nodes);

        Assert.Equal(5, subscription.Items.Count);
    }
}
