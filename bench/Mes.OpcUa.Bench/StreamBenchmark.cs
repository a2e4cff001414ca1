using System.Globalization;
using System.Text.Json;
using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Server;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Bench;

/// <summary>
/// Data changes per second end to end on loopback: <c>Items</c> Double variables changing every <c>Interval</c>,
/// subscribed with sampling = publishing = interval and queue size 1.
/// </summary>
internal sealed record StreamBenchmark(int Items, int IntervalMs, int WarmupSeconds, int Seconds)
{
    public const string BenchNamespace = "urn:zone-mes:bench";

    private string[] ClientArguments(string url, string namespaceUri, string mode, EndpointSecurity security) =>
    [
        "bench-client.js", url, namespaceUri, Items.ToString(CultureInfo.InvariantCulture), IntervalMs.ToString(CultureInfo.InvariantCulture),
        WarmupSeconds.ToString(CultureInfo.InvariantCulture), Seconds.ToString(CultureInfo.InvariantCulture), mode, $"{security.PolicyName}:{security.Mode}",
    ];

    /// <summary>Starts the node-opcua server with the bench variables; returns it with its URL and namespace.</summary>
    public async Task<(System.Diagnostics.Process Process, string Url, string Namespace)> StartNodeServerAsync(int port)
    {
        var process = NodeScripts.Start("node", "server.js", port.ToString(CultureInfo.InvariantCulture),
            Items.ToString(CultureInfo.InvariantCulture), IntervalMs.ToString(CultureInfo.InvariantCulture));
        var ready = await NodeScripts.WaitForLineAsync(process, l => l.StartsWith("SERVER_READY ", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
        var parts = ready.Split(' ');
        return (process, parts[1], parts[2]);
    }

    /// <summary>
    /// Our client on the node-opcua server's stream, over <paramref name="security"/>; also reports the node server's CPU
    /// over the window. A secured run trusts the server on first sight (a benchmark checks speed, not trust).
    /// </summary>
    public async Task<(BenchResult Client, double ServerCpuSeconds)> RunOurClientAsync(System.Diagnostics.Process nodeServer, string url, string namespaceUri,
        EndpointSecurity security)
    {
        var pki = Directory.CreateTempSubdirectory("mes-opcua-bench-pki-").FullName;
        await using var client = await UaClient.ConnectAsync(url, new UaClientOptions
        {
            RequestTimeout = TimeSpan.FromSeconds(60),
            Security = security,
            Pki = new PkiStore(pki) { AutoAcceptUntrusted = true },
            CheckServerHostName = false,
        });
        var namespaces = (await client.ReadValueAsync(WellKnownNodes.NamespaceArray)).Value.Get<string[]>();
        var ns = (ushort)Array.IndexOf(namespaces, namespaceUri);
        var interval = TimeSpan.FromMilliseconds(IntervalMs);
        var nodes = Enumerable.Range(0, Items).Select(i => new MonitoredNode(new NodeId($"Bench.{i}", ns), (uint)i) { SamplingInterval = interval }).ToArray();
        await using var subscription = await client.SubscribeAsync(nodes, new SubscriptionOptions { PublishingInterval = interval, MaxKeepAliveCount = 10, LifetimeCount = 100 });
        long changes = 0;
        var sum = 0.0;
        using var stop = new CancellationTokenSource();
        var consumer = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in subscription.ReadChangesAsync(stop.Token))
                {
                    foreach (var change in batch.Values) sum += change.Value.Value.Get<double>();
                    Interlocked.Add(ref changes, batch.Count);
                }
            }
            catch (OperationCanceledException)
            {
                // The window ended.
            }
        });
        await Task.Delay(TimeSpan.FromSeconds(WarmupSeconds));
        var start = Interlocked.Read(ref changes);
        var usage = Usage.Start(nodeServer);
        await Task.Delay(TimeSpan.FromSeconds(Seconds));
        var counted = Interlocked.Read(ref changes) - start;
        var (cpu, serverCpu, allocated, wall) = usage.Stop();
        await stop.CancelAsync();
        await consumer;
        return (new BenchResult(counted, cpu, wall, allocated), serverCpu);
    }

    /// <summary>The node-opcua client on a server's stream; <paramref name="server"/> is measured over the client's window.</summary>
    public async Task<(BenchResult Client, double ServerCpuSeconds, long OwnAllocatedBytes)> RunNodeClientAsync(System.Diagnostics.Process? server, string url,
        string namespaceUri, string mode, EndpointSecurity security)
    {
        using var client = NodeScripts.Start("node", ClientArguments(url, namespaceUri, mode, security));
        try
        {
            await NodeScripts.WaitForLineAsync(client, l => l == "MEASURE_START", TimeSpan.FromMinutes(2));
            var usage = Usage.Start(server);
            var line = await NodeScripts.WaitForLineAsync(client, l => l.StartsWith('{'), TimeSpan.FromMinutes(2));
            var (ownCpu, serverCpu, allocated, _) = usage.Stop();
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var result = new BenchResult(root.GetProperty("changes").GetInt64(), root.GetProperty("cpuSeconds").GetDouble(), root.GetProperty("wallSeconds").GetDouble(), null);
            return (result, server is null ? ownCpu : serverCpu, allocated);
        }
        finally
        {
            NodeScripts.Stop(client);
        }
    }

    /// <summary>Our server feeding the node-opcua client: the host updates every variable each interval.</summary>
    public async Task<(BenchResult NodeClient, BenchResult OurServer)> RunOurServerAsync()
    {
        await using var server = new UaServer(new UaServerOptions { Port = 0 });
        var ns = server.AddressSpace.RegisterNamespace(BenchNamespace);
        var folder = server.AddressSpace.AddFolder(WellKnownNodes.ObjectsFolder, new NodeId("Bench", ns), "Bench");
        var variables = Enumerable.Range(0, Items)
            .Select(i => server.AddressSpace.AddVariable(folder.NodeId, new NodeId($"Bench.{i}", ns), $"B{i}", 0.0))
            .ToArray();
        await server.StartAsync();
        using var stop = new CancellationTokenSource();
        var updater = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(IntervalMs));
            var tick = 0;
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token))
                {
                    tick++;
                    for (var i = 0; i < variables.Length; i++) variables[i].Value = tick + i * 0.001;
                }
            }
            catch (OperationCanceledException)
            {
                // The run ended.
            }
        });
        var (nodeClient, ourCpu, allocated) = await RunNodeClientAsync(null, server.EndpointUrl, BenchNamespace, "group", EndpointSecurity.None);
        await stop.CancelAsync();
        await updater;
        return (nodeClient, new BenchResult(nodeClient.Changes, ourCpu, nodeClient.WallSeconds, allocated));
    }
}
