using Mes.OpcUa.Client;
using Mes.OpcUa.Tests.Server;

namespace Mes.OpcUa.Tests.Client;

public sealed class SubscriptionGapTests : PlantSessionTests
{
    private async Task<(UaSubscription Subscription, uint LastSequenceNumber)> SubscribeAndReadFirstBatchAsync(CancellationToken cancellationToken)
    {
        var subscription = await Client.SubscribeAsync([new MonitoredNode(Plant.Temperature.NodeId, 1)],
            new SubscriptionOptions { PublishingInterval = TimeSpan.FromMilliseconds(500), MaxKeepAliveCount = 100 }, cancellationToken);
        await foreach (var batch in subscription.ReadChangesAsync(cancellationToken)) return (subscription, batch.SequenceNumber);
        throw new InvalidOperationException("the subscription ended before its first batch");
    }

    [Fact]
    public async Task A_gap_in_notification_sequence_numbers_is_asked_for_again_with_Republish()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var (subscription, last) = await SubscribeAndReadFirstBatchAsync(timeout.Token);

        subscription.Deliver(null, last + 4, DateTime.UtcNow, keepAlive: false, statusChange: null);
        while (subscription.LostMessageCount < 3) await Task.Delay(20, timeout.Token);

        Assert.Equal(3, subscription.LostMessageCount);
    }

    [Fact]
    public async Task A_keep_alive_announcing_a_later_sequence_number_reveals_a_gap()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var (subscription, last) = await SubscribeAndReadFirstBatchAsync(timeout.Token);

        subscription.Deliver(null, last + 3, DateTime.UtcNow, keepAlive: true, statusChange: null);
        while (subscription.LostMessageCount < 2) await Task.Delay(20, timeout.Token);

        Assert.Equal(2, subscription.LostMessageCount);
    }
}
