using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Transport;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.Interop;

[Trait("Category", "Interop")]
public sealed class ClientAgainstNodeOpcUaTests(NodeOpcUaServer server) : IClassFixture<NodeOpcUaServer>
{
    private static readonly UaClientOptions Options = new() { RequestTimeout = TimeSpan.FromSeconds(20) };

    private Task<UaClient> ConnectAsync(UaClientOptions? options = null) => UaClient.ConnectAsync(server.EndpointUrl, options ?? Options);

    [Fact]
    public async Task Every_built_in_scalar_type_reads_as_the_value_the_server_holds()
    {
        await using var client = await ConnectAsync();
        string[] names = ["Boolean", "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Float", "Double", "String",
            "DateTime", "Guid", "ByteString", "XmlElement", "NodeId", "ExpandedNodeId", "StatusCode", "QualifiedName", "LocalizedText"];

        var values = await client.ReadAsync(names.Select(n => new NodeId($"Scalars.{n}", 1)).ToArray());

        Assert.All(values, v => Assert.True(v.Status.IsGood, v.Status.Name));
        Assert.Equal(names, values.Select(v => v.Value.Type.ToString()));
        Assert.True(values[0].Value.Get<bool>());
        Assert.Equal((sbyte)-5, values[1].Value.Get<sbyte>());
        Assert.Equal(-2_000_000_000, values[5].Value.Get<int>());
        Assert.Equal(4_000_000_000u, values[6].Value.Get<uint>());
        Assert.Equal(-2L, values[7].Value.Get<long>());
        Assert.Equal(4294967298UL, values[8].Value.Get<ulong>());
        Assert.Equal(3.25f, values[9].Value.Get<float>());
        Assert.Equal(Math.PI, values[10].Value.Get<double>());
        Assert.Equal("温度 temperature", values[11].Value.Get<string>());
        Assert.Equal(new DateTime(2026, 3, 1, 8, 30, 15, DateTimeKind.Utc), values[12].Value.Get<DateTime>());
        Assert.Equal(Guid.Parse("72962b91-fa75-4ae6-8d28-b404dc7daf63"), values[13].Value.Get<Guid>());
        Assert.Equal(new byte[] { 1, 2, 3 }, values[14].Value.Get<byte[]>());
        Assert.Equal(new NodeId("Machine1", 1), values[16].Value.Get<NodeId>());
        Assert.Equal(StatusCode.BadNodeIdUnknown, values[18].Value.Get<StatusCode>());
        Assert.Equal(new QualifiedName(1, "Speed"), values[19].Value.Get<QualifiedName>());
        Assert.Equal(new LocalizedText("zh-CN", "回流焊"), values[20].Value.Get<LocalizedText>());
    }

    [Fact]
    public async Task Arrays_and_a_matrix_read_with_their_elements_and_dimensions()
    {
        await using var client = await ConnectAsync();

        var values = await client.ReadAsync([new NodeId("Arrays.Int32", 1), new NodeId("Arrays.String", 1), new NodeId("Arrays.Matrix", 1), new NodeId("Arrays.Byte", 1)]);

        Assert.Equal(new[] { 1, -1, 7 }, values[0].Value.Get<int[]>());
        Assert.Equal(new[] { "a", "b", "c" }, values[1].Value.Get<string[]>());
        Assert.Equal(new[] { 2, 3 }, values[2].Value.ArrayDimensions);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, values[2].Value.Get<int[]>());
        Assert.Equal(new byte[] { 0, 255 }, values[3].Value.Get<byte[]>());
    }

    [Fact]
    public async Task A_20000_element_double_array_arrives_whole_across_8_KiB_chunks()
    {
        var small = Options with { TransportLimits = new TransportLimits { ReceiveBufferSize = 8192, SendBufferSize = 8192 } };
        await using var client = await ConnectAsync(small);

        var value = await client.ReadValueAsync(new NodeId("Arrays.Big", 1));

        var doubles = value.Value.Get<double[]>();
        Assert.Equal(20000, doubles.Length);
        Assert.Equal(Enumerable.Range(0, 20000).Select(i => i * 0.5), doubles);
    }

    [Fact]
    public async Task An_unknown_node_reads_as_BadNodeIdUnknown_without_failing_the_others()
    {
        await using var client = await ConnectAsync();

        var values = await client.ReadAsync([new NodeId("NoSuchNode", 1), new NodeId("Scalars.Double", 1)]);

        Assert.Equal(StatusCode.BadNodeIdUnknown, values[0].Status);
        Assert.True(values[1].Status.IsGood);
    }

    [Fact]
    public async Task A_structure_of_a_known_type_is_decoded_from_its_extension_object()
    {
        await using var client = await ConnectAsync();

        var value = await client.ReadValueAsync(WellKnownNodes.ServerStatus);

        var status = Assert.IsType<ServerStatusDataType>(value.Value.Get<ExtensionObject>().Body);
        Assert.Equal(ServerState.Running, status.State);
        Assert.False(string.IsNullOrEmpty(status.BuildInfo.ProductName));
    }

    [Fact]
    public async Task A_written_value_reads_back()
    {
        await using var client = await ConnectAsync();
        var node = new NodeId("Scalars.Int16", 1);

        var status = await client.WriteValueAsync(node, new Variant((short)1234));
        var back = await client.ReadValueAsync(node);

        Assert.Equal(StatusCode.Good, status);
        Assert.Equal((short)1234, back.Value.Get<short>());
    }

    [Fact]
    public async Task A_written_array_reads_back()
    {
        await using var client = await ConnectAsync();
        var node = new NodeId("Arrays.Double", 1);

        var status = await client.WriteValueAsync(node, Variant.FromArray(new[] { 9.5, 8.5 }));
        var back = await client.ReadValueAsync(node);

        Assert.Equal(StatusCode.Good, status);
        Assert.Equal(new[] { 9.5, 8.5 }, back.Value.Get<double[]>());
    }

    [Fact]
    public async Task Writing_the_wrong_type_is_refused_with_BadTypeMismatch()
    {
        await using var client = await ConnectAsync();

        var status = await client.WriteValueAsync(new NodeId("Scalars.Int16", 1), new Variant(12));

        Assert.Equal(StatusCode.BadTypeMismatch, status);
    }

    [Fact]
    public async Task Writing_a_read_only_variable_is_refused_with_BadNotWritable()
    {
        await using var client = await ConnectAsync();

        var status = await client.WriteValueAsync(new NodeId("Machine1.ReadOnly", 1), new Variant(1.0));

        Assert.Equal(StatusCode.BadNotWritable, status);
    }

    [Fact]
    public async Task A_method_call_returns_its_output()
    {
        await using var client = await ConnectAsync();

        var result = await client.CallAsync(new NodeId("Machine1", 1), new NodeId("Machine1.Reset", 1), [new Variant(1000u)]);

        Assert.Equal(StatusCode.Good, result.Status);
        Assert.Equal(BuiltInType.UInt32, Assert.Single(result.Outputs).Type);
    }

    [Fact]
    public async Task Browse_follows_continuation_points_until_every_child_is_returned()
    {
        await using var client = await ConnectAsync();

        var references = await client.BrowseAsync(new NodeId("Many", 1), new BrowseOptions { MaxReferencesPerNode = 7 });

        var names = references.Where(r => r.NodeClass == NodeClass.Variable).Select(r => r.BrowseName.Name).ToArray();
        Assert.Equal(Enumerable.Range(0, 120).Select(i => $"Item{i:000}"), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_username_session_sends_the_password_encrypted_with_the_server_certificate()
    {
        await using var client = await ConnectAsync(Options with { Identity = UserIdentity.UserName("operator", "secret") });

        var value = await client.ReadValueAsync(new NodeId("Scalars.Double", 1));

        Assert.True(value.Status.IsGood);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_an_identity_status()
    {
        var error = await Assert.ThrowsAsync<ServiceResultException>(() =>
            ConnectAsync(Options with { Identity = UserIdentity.UserName("operator", "wrong") }));

        Assert.Contains(error.StatusCode, new[] { StatusCode.BadUserAccessDenied, StatusCode.BadIdentityTokenRejected });
    }

    [Fact]
    public async Task A_subscription_receives_every_counter_change_in_order()
    {
        await using var client = await ConnectAsync();
        await using var subscription = await client.SubscribeAsync(
            [new MonitoredNode(new NodeId("Machine1.Counter", 1), 1) { SamplingInterval = TimeSpan.FromMilliseconds(50), QueueSize = 100 }],
            new SubscriptionOptions { PublishingInterval = TimeSpan.FromMilliseconds(200) });
        var seen = new List<uint>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await foreach (var batch in subscription.ReadChangesAsync(timeout.Token))
        {
            foreach (var change in batch.Values) seen.Add(change.Value.Value.Get<uint>());
            if (seen.Count >= 15) break;
        }

        var steps = seen.Skip(1).Zip(seen, (next, previous) => (long)next - previous).ToArray();
        Assert.All(steps, step => Assert.Equal(1, step));
    }

    [Fact]
    public async Task An_idle_subscription_receives_keep_alives()
    {
        await using var client = await ConnectAsync();
        await using var subscription = await client.SubscribeAsync(
            [new MonitoredNode(new NodeId("Machine1.Idle", 1), 1)],
            new SubscriptionOptions { PublishingInterval = TimeSpan.FromMilliseconds(100), MaxKeepAliveCount = 3 });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        while (subscription.KeepAliveCount < 3) await Task.Delay(100, timeout.Token);

        Assert.True(subscription.KeepAliveCount >= 3);
    }
}
