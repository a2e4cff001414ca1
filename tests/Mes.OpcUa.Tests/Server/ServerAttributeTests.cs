using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.Server;

public sealed class ServerAttributeTests : PlantSessionTests
{
    [Fact]
    public async Task A_value_set_by_the_host_is_what_a_client_reads()
    {
        Plant.Temperature.Value = 245.5;

        var value = await Client.ReadValueAsync(Plant.Temperature.NodeId);

        Assert.Equal(245.5, value.Value.Get<double>());
        Assert.NotEqual(DateTime.MinValue, value.SourceTimestamp);
    }

    [Fact]
    public async Task A_client_write_of_the_exact_type_changes_the_host_value()
    {
        var status = await Client.WriteValueAsync(Plant.Program.NodeId, new Variant("BOARD-B"));

        Assert.Equal(StatusCode.Good, status);
        Assert.Equal("BOARD-B", Plant.Program.Value);
    }

    [Fact]
    public async Task A_write_of_another_type_is_refused_with_BadTypeMismatch_and_changes_nothing()
    {
        var status = await Client.WriteValueAsync(Plant.Setpoint.NodeId, new Variant(100_000));

        Assert.Equal(StatusCode.BadTypeMismatch, status);
        Assert.Equal((short)100, Plant.Setpoint.Value);
    }

    [Fact]
    public async Task A_scalar_written_to_an_array_variable_is_refused_with_BadTypeMismatch()
    {
        var status = await Client.WriteValueAsync(Plant.Axes.NodeId, new Variant(1.0));

        Assert.Equal(StatusCode.BadTypeMismatch, status);
    }

    [Fact]
    public async Task An_array_write_reads_back()
    {
        var status = await Client.WriteValueAsync(Plant.Axes.NodeId, Variant.FromArray(new[] { 4.0, 5.0, 6.0 }));
        var back = await Client.ReadValueAsync(Plant.Axes.NodeId);

        Assert.Equal(StatusCode.Good, status);
        Assert.Equal(new[] { 4.0, 5.0, 6.0 }, back.Value.Get<double[]>());
    }

    [Fact]
    public async Task A_write_to_a_read_only_variable_is_refused_with_BadNotWritable()
    {
        var status = await Client.WriteValueAsync(Plant.GoodCount.NodeId, new Variant(5u));

        Assert.Equal(StatusCode.BadNotWritable, status);
    }

    [Fact]
    public async Task A_host_write_handler_can_refuse_a_value()
    {
        Plant.Setpoint.Node.WriteHandler = v => v.Get<short>() > 500 ? StatusCode.BadOutOfRange : StatusCode.Good;

        var status = await Client.WriteValueAsync(Plant.Setpoint.NodeId, new Variant((short)900));

        Assert.Equal(StatusCode.BadOutOfRange, status);
    }

    [Fact]
    public async Task An_unknown_node_reads_as_BadNodeIdUnknown()
    {
        var value = await Client.ReadValueAsync(Plant.Id("no-such-node"));

        Assert.Equal(StatusCode.BadNodeIdUnknown, value.Status);
    }

    [Fact]
    public async Task Attributes_other_than_the_value_describe_the_node()
    {
        var values = await Client.ReadAsync([Plant.Setpoint.NodeId], AttributeId.DataType);
        var access = await Client.ReadAsync([Plant.Setpoint.NodeId], AttributeId.AccessLevel);
        var name = await Client.ReadAsync([Plant.Setpoint.NodeId], AttributeId.BrowseName);

        Assert.Equal(new NodeId((uint)BuiltInType.Int16), values[0].Value.Get<NodeId>());
        Assert.Equal((byte)3, access[0].Value.Get<byte>());
        Assert.Equal(new QualifiedName(Plant.Namespace, "Setpoint"), name[0].Value.Get<QualifiedName>());
    }

    [Fact]
    public async Task An_attribute_a_node_class_does_not_have_reads_as_BadAttributeIdInvalid()
    {
        var values = await Client.ReadAsync([Plant.Id("Machines")], AttributeId.Value);

        Assert.Equal(StatusCode.BadAttributeIdInvalid, values[0].Status);
    }

    [Fact]
    public async Task Operation_limits_are_published_under_server_capabilities()
    {
        var value = await Client.ReadValueAsync(WellKnownNodes.MaxNodesPerRead);

        Assert.Equal(10_000u, value.Value.Get<uint>());
    }

    [Fact]
    public async Task A_method_call_runs_the_host_delegate_and_returns_its_output()
    {
        Plant.GoodCount.Value = 41;

        var result = await Client.CallAsync(Plant.Id("smt-01-placer-1"), Plant.Id("smt-01-placer-1.Reset"), [new Variant(0u)]);

        Assert.Equal(StatusCode.Good, result.Status);
        Assert.Equal(41u, result.Outputs[0].Get<uint>());
        Assert.Equal(0u, Plant.GoodCount.Value);
    }

    [Fact]
    public async Task A_call_without_its_arguments_is_refused_with_BadArgumentsMissing()
    {
        var result = await Client.CallAsync(Plant.Id("smt-01-placer-1"), Plant.Id("smt-01-placer-1.Reset"), []);

        Assert.Equal(StatusCode.BadArgumentsMissing, result.Status);
    }

    [Fact]
    public async Task A_call_with_a_wrongly_typed_argument_names_the_argument()
    {
        var result = await Client.CallAsync(Plant.Id("smt-01-placer-1"), Plant.Id("smt-01-placer-1.Reset"), [new Variant("zero")]);

        Assert.Equal(StatusCode.BadInvalidArgument, result.Status);
        Assert.Equal(StatusCode.BadTypeMismatch, Assert.Single(result.InputArgumentResults));
    }

    [Fact]
    public async Task A_method_called_on_an_object_that_does_not_own_it_is_refused_with_BadMethodInvalid()
    {
        var result = await Client.CallAsync(WellKnownNodes.Server, Plant.Id("smt-01-placer-1.Reset"), [new Variant(0u)]);

        Assert.Equal(StatusCode.BadMethodInvalid, result.Status);
    }

    [Fact]
    public async Task Browsing_the_server_object_finds_its_status_namespaces_and_capabilities()
    {
        var references = await Client.BrowseAsync(WellKnownNodes.Server);

        var names = references.Select(r => r.BrowseName.Name).ToArray();
        Assert.Contains("ServerStatus", names);
        Assert.Contains("NamespaceArray", names);
        Assert.Contains("ServerCapabilities", names);
    }

    [Fact]
    public async Task Browse_with_a_small_page_size_returns_every_child_through_continuation_points()
    {
        var references = await Client.BrowseAsync(Plant.Id("smt-01-placer-1.Slots"), new BrowseOptions { MaxReferencesPerNode = 4 });

        Assert.Equal(30, references.Count(r => r.NodeClass == NodeClass.Variable));
    }

    [Fact]
    public async Task Inverse_browse_finds_the_parent()
    {
        var references = await Client.BrowseAsync(Plant.Id("smt-01-placer-1"), new BrowseOptions { Direction = BrowseDirection.Inverse });

        Assert.Contains(references, r => r.NodeId.NodeId == Plant.Id("Machines"));
    }
}
