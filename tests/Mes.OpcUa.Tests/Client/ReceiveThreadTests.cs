using System.Net;
using System.Net.Sockets;
using Mes.OpcUa.Client;
using Mes.OpcUa.Tests.Server;

namespace Mes.OpcUa.Tests.Client;

/// <summary>
/// The client connects with blocking calls on a thread of its own and then receives on one thread shared by every
/// client of the process, where a subscription's consumer is resumed: what callers rely on around that.
/// </summary>
public sealed class ReceiveThreadTests : PlantSessionTests
{
    private static readonly SubscriptionOptions Fast = new() { PublishingInterval = TimeSpan.FromMilliseconds(50), MaxKeepAliveCount = 5 };

    [Fact]
    public async Task Connecting_to_a_server_that_never_answers_hello_ends_when_the_caller_cancels()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => UaClient.ConnectAsync($"opc.tcp://127.0.0.1:{port}", null, cancel.Token));
    }

    [Fact]
    public async Task A_consumer_may_await_a_call_on_the_same_client_inside_its_loop()
    {
        Plant.Temperature.Value = 12.5;
        await using var subscription = await Client.SubscribeAsync([new MonitoredNode(Plant.Temperature.NodeId, 1)], Fast);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        double? readInside = null;

        await foreach (var batch in subscription.ReadChangesAsync(timeout.Token))
        {
            readInside = (await Client.ReadValueAsync(Plant.Temperature.NodeId, timeout.Token)).Value.Get<double>();
            break;
        }

        Assert.Equal(12.5, readInside);
    }

    [Fact]
    public async Task Clients_in_one_process_each_receive_their_own_responses()
    {
        await using var second = await UaClient.ConnectAsync(Plant.Url);
        Plant.Temperature.Value = 40.25;

        var reads = await Task.WhenAll(
            Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? Client : second).ReadValueAsync(Plant.Temperature.NodeId)));

        Assert.All(reads, r => Assert.Equal(40.25, r.Value.Get<double>()));
    }
}
