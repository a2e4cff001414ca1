using System.Collections.Concurrent;
using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server;
using Mes.OpcUa.Tests.Interop;
using Mes.OpcUa.Tests.Server;
using Microsoft.Extensions.Time.Testing;

namespace Mes.OpcUa.Tests.Client;

public sealed class ResilientClientTests
{
    private static readonly SubscriptionOptions Fast = new() { PublishingInterval = TimeSpan.FromMilliseconds(100), MaxKeepAliveCount = 5, LifetimeCount = 600 };
    private static readonly ReconnectPolicy Quick = new() { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(500) };

    private static MonitoredNode Counter(TestPlant plant) =>
        new(plant.GoodCount.NodeId, 1) { SamplingInterval = TimeSpan.FromMilliseconds(20), QueueSize = 1000 };

    /// <summary>What a consumer saw: every counter value with the sequence number of its message, and the states.</summary>
    private sealed class Consumer
    {
        public ConcurrentQueue<(uint Sequence, uint Value, bool Republished)> Values { get; } = new();

        public ConcurrentQueue<ConnectionState> States { get; } = new();

        public void Watch(ResilientClient client, CancellationToken cancellationToken)
        {
            client.StateChanged += States.Enqueue;
            _ = Task.Run(async () =>
            {
                await foreach (var batch in client.ReadChangesAsync(cancellationToken))
                {
                    foreach (var change in batch.Values) Values.Enqueue((batch.SequenceNumber, change.Value.Value.Get<uint>(), batch.IsRepublished));
                }
            }, cancellationToken);
        }

        public async Task WaitForValueAsync(uint value, CancellationToken cancellationToken)
        {
            while (!Values.Any(v => v.Value == value)) await Task.Delay(20, cancellationToken);
        }

        public async Task WaitForStateAsync(Func<ConnectionState, bool> wanted, CancellationToken cancellationToken)
        {
            while (!States.Any(wanted)) await Task.Delay(20, cancellationToken);
        }
    }

    [Fact]
    public async Task A_dropped_connection_resumes_the_same_session_and_no_notification_is_lost()
    {
        await using var plant = await TestPlant.StartAsync();
        await using var proxy = new TcpProxy(new Uri(plant.Url).Port);
        await using var client = new ResilientClient(proxy.Url, new UaClientOptions { RequestTimeout = TimeSpan.FromSeconds(5) }, [Counter(plant)], Fast, Quick);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var consumer = new Consumer();
        consumer.Watch(client, timeout.Token);
        client.Start();
        await consumer.WaitForValueAsync(0, timeout.Token);

        for (var i = 1u; i <= 30; i++)
        {
            plant.GoodCount.Value = i;
            if (i == 10) proxy.DropAll();
            await Task.Delay(60, timeout.Token);
        }
        await consumer.WaitForValueAsync(30, timeout.Token);

        var seen = consumer.Values.ToArray();
        Assert.Equal(Enumerable.Range((int)seen[0].Sequence, seen.Select(s => s.Sequence).Distinct().Count()).Select(n => (uint)n), seen.Select(s => s.Sequence).Distinct());
        Assert.All(seen.Zip(seen.Skip(1)), pair => Assert.True(pair.Second.Value > pair.First.Value));
        Assert.Contains(consumer.States, s => s is ConnectionState.Reconnecting);
        Assert.Contains(consumer.States, s => s is ConnectionState.Connected { Resumption: SessionResumption.Reactivated });
        Assert.Equal(0, client.LostMessageCount);
    }

    [Fact]
    public async Task A_restarted_server_gets_a_new_session_whose_subscription_reports_the_current_value_first()
    {
        var port = NodeRuntime.FreePort();
        var first = await TestPlant.StartAsync(port: port);
        await using var client = new ResilientClient(first.Url, new UaClientOptions { RequestTimeout = TimeSpan.FromSeconds(5) }, [Counter(first)], Fast, Quick);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var consumer = new Consumer();
        consumer.Watch(client, timeout.Token);
        client.Start();
        await consumer.WaitForValueAsync(0, timeout.Token);
        for (var i = 1u; i <= 5; i++)
        {
            first.GoodCount.Value = i;
            await consumer.WaitForValueAsync(i, timeout.Token);
        }

        await first.DisposeAsync();
        await consumer.WaitForStateAsync(s => s is ConnectionState.Reconnecting, timeout.Token);
        await using var second = await TestPlant.StartAsync(port: port);
        second.GoodCount.Value = 9;
        await consumer.WaitForValueAsync(9, timeout.Token);
        second.GoodCount.Value = 10;
        await consumer.WaitForValueAsync(10, timeout.Token);

        Assert.Equal([0u, 1, 2, 3, 4, 5, 9, 10], consumer.Values.Select(v => v.Value).Distinct());
        Assert.Contains(consumer.States, s => s is ConnectionState.Connected { Resumption: SessionResumption.Recreated });
    }

    [Fact]
    public async Task A_node_named_by_its_namespace_uri_is_found_again_when_the_restarted_server_renumbered_its_namespaces()
    {
        var port = NodeRuntime.FreePort();
        var first = await TestPlant.StartAsync(port: port);
        var node = Counter(first) with { NamespaceUri = TestPlant.NamespaceUri };
        await using var client = new ResilientClient(first.Url, new UaClientOptions { RequestTimeout = TimeSpan.FromSeconds(5) }, [node], Fast, Quick);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var consumer = new Consumer();
        consumer.Watch(client, timeout.Token);
        client.Start();
        await consumer.WaitForValueAsync(0, timeout.Token);

        await first.DisposeAsync();
        await using var second = await TestPlant.StartAsync(port: port, namespacesBefore: 2);
        second.GoodCount.Value = 42;
        await consumer.WaitForValueAsync(42, timeout.Token);

        Assert.NotEqual(first.Namespace, second.Namespace);
        Assert.Contains(consumer.Values, v => v.Value == 42);
    }

    [Fact]
    public async Task Connection_attempts_back_off_exponentially_until_the_server_appears()
    {
        var port = NodeRuntime.FreePort();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var policy = new ReconnectPolicy { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(8), Jitter = 0 };
        await using var client = new ResilientClient($"opc.tcp://127.0.0.1:{port}", new UaClientOptions { Clock = clock }, [], reconnect: policy);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var states = client.ReadStatesAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        client.Start();

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var state = Assert.IsType<ConnectionState.Reconnecting>(await NextAsync(states, clock));
            Assert.Equal(StatusCode.BadNotConnected, state.LastError);
            waits.Add(state.RetryIn);
        }
        await using var plant = await TestPlant.StartAsync(port: port);
        var connected = await NextAsync(states, clock);

        Assert.Equal([1.0, 2, 4, 8, 8], waits.Select(w => w.TotalSeconds));
        Assert.IsType<ConnectionState.Connected>(connected);
    }

    /// <summary>The next state, moving the fake clock on while the client waits out its back-off.</summary>
    private static async Task<ConnectionState> NextAsync(IAsyncEnumerator<ConnectionState> states, FakeTimeProvider clock)
    {
        var next = states.MoveNextAsync().AsTask();
        while (!next.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(next, Task.Delay(20));
        }
        Assert.True(await next);
        return states.Current;
    }

    [Fact]
    public async Task A_server_that_goes_silent_is_given_up_after_its_keep_alive_allowance_and_reconnected()
    {
        await using var plant = await TestPlant.StartAsync();
        await using var proxy = new TcpProxy(new Uri(plant.Url).Port);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new UaClientOptions { Clock = clock, RequestTimeout = TimeSpan.FromSeconds(5), SessionTimeout = TimeSpan.FromSeconds(30) };
        await using var client = new ResilientClient(proxy.Url, options, [Counter(plant)], Fast, Quick);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var states = client.ReadStatesAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        client.Start();
        Assert.IsType<ConnectionState.Connected>(await NextAsync(states, clock));

        proxy.Freeze();
        var lost = await NextAsync(states, clock);
        proxy.Thaw();
        var back = await NextAsync(states, clock);

        Assert.Equal(StatusCode.BadNoCommunication, Assert.IsType<ConnectionState.Reconnecting>(lost).LastError);
        Assert.IsType<ConnectionState.Connected>(back);
    }

    [Fact]
    public async Task A_server_that_parks_fewer_publish_requests_than_the_client_sends_gets_fewer_and_still_delivers_every_message()
    {
        await using var plant = await TestPlant.StartAsync(new UaServerOptions { MaxPublishRequestsPerSession = 1 });
        await using var client = await UaClient.ConnectAsync(plant.Url, new UaClientOptions { PublishRequestCount = 5 });
        await using var subscription = await client.SubscribeAsync([Counter(plant)], Fast);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var sequences = new List<uint>();
        var last = 0u;

        var changing = Task.Run(async () =>
        {
            for (var i = 1u; i <= 20; i++)
            {
                plant.GoodCount.Value = i;
                await Task.Delay(50, timeout.Token);
            }
        }, timeout.Token);
        await foreach (var batch in subscription.ReadChangesAsync(timeout.Token))
        {
            sequences.Add(batch.SequenceNumber);
            last = batch.Values[^1].Value.Value.Get<uint>();
            if (last == 20) break;
        }
        await changing;

        Assert.Equal(1, client.PublishRequestTarget);
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(n => (uint)n), sequences);
        Assert.Equal(0, subscription.LostMessageCount);
    }
}
