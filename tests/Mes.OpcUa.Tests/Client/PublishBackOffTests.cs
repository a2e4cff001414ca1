using Mes.OpcUa.Client;
using Mes.OpcUa.Server;
using Mes.OpcUa.Tests.Server;

namespace Mes.OpcUa.Tests.Client;

/// <summary>A server that parks fewer Publish requests than the client sends answers the surplus BadTooManyPublishRequests.</summary>
public sealed class PublishBackOffTests
{
    [Fact]
    public async Task On_BadTooManyPublishRequests_the_client_keeps_fewer_requests_outstanding_and_the_subscription_keeps_delivering()
    {
        await using var plant = await TestPlant.StartAsync(new UaServerOptions { MaxPublishRequestsPerSession = 1 });
        await using var client = await UaClient.ConnectAsync(plant.Url, new UaClientOptions { PublishRequestCount = 4 });
        await using var subscription = await client.SubscribeAsync(
            [new MonitoredNode(plant.GoodCount.NodeId, 1) { SamplingInterval = TimeSpan.FromMilliseconds(20), QueueSize = 100 }],
            new SubscriptionOptions { PublishingInterval = TimeSpan.FromMilliseconds(100) });

        var seen = new List<uint>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await foreach (var batch in subscription.ReadChangesAsync(timeout.Token))
        {
            foreach (var change in batch.Values) seen.Add(change.Value.Value.Get<uint>());
            if (seen.Contains(5u)) break;
            plant.GoodCount.Value = seen[^1] + 1;
        }

        Assert.Equal(1, client.PublishRequestTarget);
        Assert.True(client.IsConnected);
        Assert.Equal(5u, seen[^1]);
    }
}
