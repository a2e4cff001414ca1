using System.Collections.Concurrent;
using System.Globalization;
using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Tests.Interop;

/// <summary>
/// A node-opcua server counting in a state file (like a PLC keeping its counters in retentive memory) is killed with
/// SIGKILL mid-subscription and restarted on the same port: the client must come back on its own, and the consumer
/// must see the counter continue — every value before the kill, the value the server kept, and every value after.
/// </summary>
[Trait("Category", "Interop")]
public sealed class ServerKilledMidSubscriptionTests : IDisposable
{
    private readonly string _state = Path.Combine(Directory.CreateTempSubdirectory("mes-opcua-counter-").FullName, "counter");

    [Fact]
    public async Task A_server_killed_and_restarted_mid_subscription_loses_no_counter_value_it_kept()
    {
        var port = NodeRuntime.FreePort().ToString(CultureInfo.InvariantCulture);
        var server = await NodeServerProcess.StartAsync([port, "--state", _state]);
        var values = new ConcurrentQueue<uint>();
        var states = new ConcurrentQueue<ConnectionState>();
        await using var client = new ResilientClient(server.EndpointUrl, new UaClientOptions { RequestTimeout = TimeSpan.FromSeconds(10) },
            [new MonitoredNode(new NodeId("Machine1.Counter", 1), 1) { SamplingInterval = TimeSpan.FromMilliseconds(50), QueueSize = 100 }],
            new SubscriptionOptions { PublishingInterval = TimeSpan.FromMilliseconds(200), MaxKeepAliveCount = 5 },
            new ReconnectPolicy { InitialDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(1) });
        client.StateChanged += states.Enqueue;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        _ = Task.Run(async () =>
        {
            await foreach (var batch in client.ReadChangesAsync(timeout.Token))
                foreach (var change in batch.Values) values.Enqueue(change.Value.Value.Get<uint>());
        }, timeout.Token);
        client.Start();

        while (values.Count < 8) await Task.Delay(50, timeout.Token);
        server.Kill();
        // Values the killed server had already sent may still be on their way until the client sees the connection
        // gone: only then is everything before the kill in.
        while (!states.Any(s => s is ConnectionState.Reconnecting)) await Task.Delay(50, timeout.Token);
        var beforeKill = values.ToArray();
        var kept = uint.Parse(await File.ReadAllTextAsync(_state, timeout.Token), CultureInfo.InvariantCulture);
        using var restarted = await NodeServerProcess.StartAsync([port, "--state", _state]);
        while (values.Count < beforeKill.Length + 8) await Task.Delay(50, timeout.Token);
        server.Dispose();

        var afterRestart = values.Skip(beforeKill.Length).ToArray();
        Assert.All(beforeKill.Zip(beforeKill.Skip(1)), pair => Assert.Equal(pair.First + 1, pair.Second));
        Assert.True(afterRestart[0] >= kept, $"the first value after the restart, {afterRestart[0]}, is older than the {kept} the server kept");
        Assert.All(afterRestart.Zip(afterRestart.Skip(1)), pair => Assert.Equal(pair.First + 1, pair.Second));
        Assert.Contains(states, s => s is ConnectionState.Connected { Resumption: SessionResumption.Recreated });
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_state)!, recursive: true);
}
