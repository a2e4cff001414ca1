using System.Globalization;
using System.Text.Json;
using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Bench;

/// <summary>
/// Decoding and dispatch of a Publish response with 1 000 data changes: ours decodes into the subscription's pooled
/// batch and a consumer reads every value; node-opcua decodes the same bytes and hands every value to a callback.
/// </summary>
internal static class DecodeBenchmark
{
    private const int Changes = 1000;

    public static byte[] EncodePublishResponse()
    {
        var time = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        var response = new PublishResponse
        {
            SubscriptionId = 1,
            AvailableSequenceNumbers = [1],
            NotificationMessage = new NotificationMessage
            {
                SequenceNumber = 1,
                PublishTime = time,
                NotificationData =
                [
                    new ExtensionObject(new DataChangeNotification
                    {
                        MonitoredItems = Enumerable.Range(0, Changes).Select(i => new MonitoredItemNotification
                        {
                            ClientHandle = (uint)i,
                            Value = new DataValue(new Variant(i * 0.5), StatusCode.Good, time.AddMilliseconds(i), time.AddMilliseconds(i)),
                        }).ToArray(),
                    }),
                ],
            },
            Results = [],
        };
        using var writer = new UaWriter();
        writer.WriteNodeId(response.BinaryEncodingId);
        response.Encode(writer);
        return writer.WrittenSpan.ToArray();
    }

    public static async Task<BenchResult> RunOursAsync(byte[] message, int iterations)
    {
        await using var server = new UaServer(new UaServerOptions { Port = 0 });
        await server.StartAsync();
        await using var client = await UaClient.ConnectAsync(server.EndpointUrl);
        await using var subscription = await client.SubscribeAsync([], new SubscriptionOptions { PublishingInterval = TimeSpan.FromSeconds(10), MaxKeepAliveCount = 100 });
        var decoder = new PublishResponseDecoder(_ => subscription);
        await using var batches = subscription.ReadChangesAsync().GetAsyncEnumerator();
        var sum = 0.0;
        var values = 0L;
        async Task Round()
        {
            Decode(decoder, message);
            await batches.MoveNextAsync();
            foreach (var change in batches.Current.Values)
            {
                sum += change.Value.Value.Get<double>();
                values++;
            }
        }
        for (var i = 0; i < 500; i++) await Round();
        values = 0;
        var usage = Usage.Start();
        for (var i = 0; i < iterations; i++) await Round();
        var (cpu, _, allocated, wall) = usage.Stop();
        if (sum <= 0) throw new InvalidOperationException("no values were read");
        return new BenchResult(values, cpu, wall, allocated);
    }

    private static void Decode(PublishResponseDecoder decoder, byte[] message)
    {
        var reader = new UaReader(message);
        reader.ReadNodeId();
        decoder.Decode(ref reader);
    }

    public static async Task<BenchResult> RunNodeAsync(byte[] message, int iterations)
    {
        var file = Path.Combine(Path.GetTempPath(), $"mes-opcua-publish-{Environment.ProcessId}.bin");
        await File.WriteAllBytesAsync(file, message);
        try
        {
            using var node = NodeScripts.Start("node", "bench-decode.js", file, iterations.ToString(CultureInfo.InvariantCulture));
            var line = await NodeScripts.WaitForLineAsync(node, l => l.StartsWith('{'), TimeSpan.FromMinutes(5));
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return new BenchResult(root.GetProperty("values").GetInt64(), root.GetProperty("cpuSeconds").GetDouble(), root.GetProperty("wallSeconds").GetDouble(), null);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
