using Mes.OpcUa.Client;
using Mes.OpcUa.Tests.Server;

namespace Mes.OpcUa.Tests.Client;

public sealed class SubscriptionGapTests
{
    [Fact]
    public async Task A_gap_in_notification_sequence_numbers_is_asked_for_again_with_Republish()
    {
        await using var plant = await TestPlant.StartAsync();
        await using var client = await UaClient.ConnectAsync(plant.Url);
        await using var subscription = await client.SubscribeAsync([new MonitoredNode(plant.Temperature.NodeId, 1)],
            new SubscriptionOptions { PublishingInterval = TimeSpan.FromMilliseconds(500), MaxKeepAliveCount = 100 });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var batches = subscription.ReadChangesAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        await batches.MoveNextAsync();
        var last = batches.Current.SequenceNumber;

        subscription.Deliver(null, last + 4, DateTime.UtcNow, keepAlive: false, statusChange: null);
        while (subscription.LostMessageCount < 3) await Task.Delay(20, timeout.Token);

        Assert.Equal(3, subscription.LostMessageCount);
    }

    [Fact]
    public async Task A_keep_alive_announcing_a_later_sequence_number_reveals_a_gap()
    {
        await using var plant = await TestPlant.StartAsync();
        await using var client = await UaClient.ConnectAsync(plant.Url);
        await using var subscription = await client.SubscribeAsync([new MonitoredNode(plant.Temperature.NodeId, 1)],
            new SubscriptionOptions { PublishingInterval = TimeSpan.FromMilliseconds(500), MaxKeepAliveCount = 100 });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var batches = subscription.ReadChangesAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        await batches.MoveNextAsync();
        var last = batches.Current.SequenceNumber;

        subscription.Deliver(null, last + 3, DateTime.UtcNow, keepAlive: true, statusChange: null);
        while (subscription.LostMessageCount < 2) await Task.Delay(20, timeout.Token);

        Assert.Equal(2, subscription.LostMessageCount);
    }
}
