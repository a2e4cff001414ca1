using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Tests.Server;

public sealed class ServerSubscriptionTests : PlantSessionTests
{
    private static readonly SubscriptionOptions Fast = new() { PublishingInterval = TimeSpan.FromMilliseconds(50), MaxKeepAliveCount = 5 };

    private static async Task<List<T>> CollectAsync<T>(UaSubscription subscription, int count, Func<MonitoredValue, T> select)
    {
        var seen = new List<T>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var batch in subscription.ReadChangesAsync(timeout.Token))
        {
            foreach (var change in batch.Values) seen.Add(select(change));
            if (seen.Count >= count) break;
        }
        return seen;
    }

    [Fact]
    public async Task The_first_notification_carries_the_current_value()
    {
        Plant.Temperature.Value = 31.5;
        await using var subscription = await Client.SubscribeAsync([new MonitoredNode(Plant.Temperature.NodeId, 7)], Fast);

        var first = (await CollectAsync(subscription, 1, c => c))[0];

        Assert.Equal(7u, first.ClientHandle);
        Assert.Equal(31.5, first.Value.Value.Get<double>());
    }

    // Which of the host's values a sample catches depends on the scheduler (the server samples, it is not told of
    // writes), so the claim is about what the queue does with them: in order, each once, up to the last.
    [Fact]
    public async Task Values_set_by_the_host_arrive_in_order_once_each_up_to_the_last_when_the_queue_holds_them()
    {
        await using var subscription = await Client.SubscribeAsync(
            [new MonitoredNode(Plant.GoodCount.NodeId, 1) { SamplingInterval = TimeSpan.FromMilliseconds(10), QueueSize = 1000 }],
            new SubscriptionOptions { PublishingInterval = TimeSpan.FromMilliseconds(200) });
        var initial = (await CollectAsync(subscription, 1, c => c.Value.Value.Get<uint>()))[0];
        var producer = Task.Run(async () =>
        {
            for (var i = initial + 1; i <= initial + 50; i++)
            {
                Plant.GoodCount.Value = i;
                await Task.Delay(25);
            }
        });

        var seen = new List<uint>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await foreach (var batch in subscription.ReadChangesAsync(timeout.Token))
        {
            foreach (var change in batch.Values) seen.Add(change.Value.Value.Get<uint>());
            if (seen.Contains(initial + 50)) break;
        }
        await producer;

        Assert.All(seen.Zip(seen.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"{pair.Second} arrived after {pair.First}"));
        Assert.Equal(initial + 50, seen[^1]);
    }

    [Fact]
    public async Task Changes_within_the_absolute_deadband_are_not_reported()
    {
        await using var subscription = await Client.SubscribeAsync(
            [new MonitoredNode(Plant.Temperature.NodeId, 1) { AbsoluteDeadband = 1.0, SamplingInterval = TimeSpan.FromMilliseconds(10), QueueSize = 100 }], Fast);
        Plant.Temperature.Value = 20.0;
        await CollectAsync(subscription, 1, c => c);
        var producer = Task.Run(async () =>
        {
            foreach (var value in new[] { 20.4, 20.8, 22.0, 22.5, 24.0 })
            {
                Plant.Temperature.Value = value;
                await Task.Delay(60);
            }
        });

        var seen = await CollectAsync(subscription, 2, c => c.Value.Value.Get<double>());
        await producer;

        Assert.Equal(new[] { 22.0, 24.0 }, seen);
    }

    [Fact]
    public async Task An_idle_subscription_sends_keep_alives()
    {
        await using var subscription = await Client.SubscribeAsync([new MonitoredNode(Plant.Temperature.NodeId, 1)],
            new SubscriptionOptions { PublishingInterval = TimeSpan.FromMilliseconds(20), MaxKeepAliveCount = 3 });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        while (subscription.KeepAliveCount < 3) await Task.Delay(50, timeout.Token);

        Assert.Equal(0, subscription.LostMessageCount);
    }

    [Fact]
    public async Task A_node_that_does_not_exist_fails_its_item_and_not_the_subscription()
    {
        await using var subscription = await Client.SubscribeAsync(
            [new MonitoredNode(Plant.Id("missing"), 1), new MonitoredNode(Plant.Temperature.NodeId, 2)], Fast);

        var items = subscription.Items;
        var results = await subscription.AddItemsAsync([new MonitoredNode(Plant.Id("missing-too"), 3)]);

        Assert.Equal(StatusCode.BadNodeIdUnknown, results[0].Status);
        Assert.Equal(2u, Assert.Single(items).ClientHandle);
    }

    [Fact]
    public async Task Modifying_a_subscription_revises_its_publishing_interval_and_keep_alive_count()
    {
        await using var subscription = await Client.SubscribeAsync([new MonitoredNode(Plant.Temperature.NodeId, 1)], Fast);

        await subscription.ModifyAsync(new SubscriptionOptions { PublishingInterval = TimeSpan.FromMilliseconds(250), MaxKeepAliveCount = 7, LifetimeCount = 30 });

        Assert.Equal(TimeSpan.FromMilliseconds(250), subscription.PublishingInterval);
        Assert.Equal(7u, subscription.MaxKeepAliveCount);
        Assert.Equal(30u, subscription.LifetimeCount);
    }

    [Fact]
    public async Task A_publishing_interval_below_the_server_minimum_is_revised_up()
    {
        await using var subscription = await Client.SubscribeAsync([], new SubscriptionOptions { PublishingInterval = TimeSpan.FromMilliseconds(1) });

        Assert.Equal(TimeSpan.FromMilliseconds(10), subscription.PublishingInterval);
    }

    [Fact]
    public async Task Removed_items_stop_reporting()
    {
        await using var subscription = await Client.SubscribeAsync(
            [new MonitoredNode(Plant.Temperature.NodeId, 1), new MonitoredNode(Plant.GoodCount.NodeId, 2)], Fast);
        await CollectAsync(subscription, 2, c => c);
        var temperatureItem = subscription.Items.Single(i => i.ClientHandle == 1).MonitoredItemId;

        var removed = await subscription.RemoveItemsAsync([temperatureItem]);
        Plant.Temperature.Value = 99;
        Plant.GoodCount.Value = 99;
        var next = await CollectAsync(subscription, 1, c => c.ClientHandle);

        Assert.Equal(StatusCode.Good, removed[0]);
        Assert.Equal([2u], next);
    }

    [Fact]
    public async Task Several_publish_requests_stay_parked_without_being_refused()
    {
        await using var client = await UaClient.ConnectAsync(Plant.Url, new UaClientOptions { PublishRequestCount = 5 });
        await using var subscription = await client.SubscribeAsync([new MonitoredNode(Plant.GoodCount.NodeId, 1)], Fast);
        await CollectAsync(subscription, 1, c => c);

        for (var i = 100u; i < 110; i++)
        {
            Plant.GoodCount.Value = i;
            await Task.Delay(60);
        }
        var seen = await CollectAsync(subscription, 1, c => c.Value.Value.Get<uint>());

        Assert.InRange(seen[0], 100u, 109u);
        Assert.Equal(0, subscription.LostMessageCount);
    }
}
