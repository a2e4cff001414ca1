using Mes.PlcSimulator.AddressSpace;

namespace Mes.PlcSimulator.Tests;

public sealed class AddressSpaceTests
{
    [Fact]
    public void Node_ids_are_strings_of_the_plant_conventions_in_the_simulator_namespace()
    {
        var space = SimulatedLine.Start().Space;

        Assert.Equal("urn:zone-mes:plc-simulator", space.NamespaceUri);
        Assert.IsType<VariableNode>(space.Find("smt-01-placer-1.GoodCount"));
        Assert.IsType<VariableNode>(space.Find("smt-01-placer-1.Slots.3.Mispicks"));
        Assert.IsType<VariableNode>(space.Find("smt-01-reflow.Zones.8.Temperature"));
        Assert.IsType<MethodNode>(space.Find("smt-01-printer.Start"));
        Assert.IsType<ObjectNode>(space.Find("smt-01-aoi"));
    }

    [Fact]
    public void Every_node_id_is_its_parents_id_a_dot_and_its_browse_name_and_machines_are_their_workstation_ids()
    {
        var space = SimulatedLine.Start().Space;
        var line = Assert.Single(space.Lines);

        Assert.True(line.IsFolder);
        foreach (var machine in line.Objects)
        {
            Assert.Equal(machine.NodeId, machine.BrowseName);
            Assert.StartsWith("smt-01-", machine.NodeId, StringComparison.Ordinal);
            AssertChildrenNamedUnder(machine);
        }
    }

    [Fact]
    public void Variables_are_indexed_by_their_handle()
    {
        var space = SimulatedLine.Start().Space;

        Assert.All(space.Variables, v => Assert.Same(v, space.Variables[v.Handle]));
    }

    [Fact]
    public void Only_the_mode_and_the_setpoints_are_writable()
    {
        var space = SimulatedLine.Start().Space;

        var writable = space.Variables.Where(v => v.Access == VariableAccess.ReadWrite).Select(v => v.NodeId).ToHashSet();

        var expected = DefaultMachines().Select(m => $"{m}.Mode")
            .Append("smt-01-printer.SqueegeePressureSetpoint")
            .Concat(Enumerable.Range(1, 8).Select(z => $"smt-01-reflow.Zones.{z}.Setpoint"));
        Assert.Equal(expected.ToHashSet(), writable);
    }

    [Fact]
    public void Every_machine_has_the_five_methods_with_typed_arguments()
    {
        var space = SimulatedLine.Start().Space;

        foreach (var machine in DefaultMachines())
        {
            var methods = Assert.IsType<ObjectNode>(space.Find(machine)).Methods;
            Assert.Equal(["Start", "Stop", "Reset", "LoadProgram", "InjectFault"], methods.Select(m => m.BrowseName));
        }

        var inject = Assert.IsType<MethodNode>(space.Find("smt-01-placer-1.InjectFault"));
        Assert.Equal([("Code", VariableType.String), ("Seconds", VariableType.Double)], inject.InputArguments.Select(a => (a.Name, a.DataType)));
        Assert.Equal([("ClearsAt", VariableType.DateTime)], inject.OutputArguments.Select(a => (a.Name, a.DataType)));
    }

    [Fact]
    public void Copies_of_the_line_are_numbered_on_from_the_files_line()
    {
        var space = SimulatedLine.Start(lines: 3).Space;

        Assert.Equal(["smt-01", "smt-02", "smt-03"], space.Lines.Select(l => l.NodeId));
        Assert.IsType<VariableNode>(space.Find("smt-03-placer-2.Slots.1.Picks"));
    }

    [Fact]
    public void A_drain_hands_over_each_changed_variable_once_with_its_latest_value()
    {
        var line = SimulatedLine.Start();
        line.Space.DrainChanges(new Recorder());
        line.Run(TimeSpan.FromMinutes(30));

        var recorder = new Recorder();
        var count = line.Space.DrainChanges(recorder);

        Assert.Equal(count, recorder.Seen.Count);
        Assert.Equal(recorder.Seen.Count, recorder.Seen.Distinct().Count());
        Assert.Contains(line.Variable("smt-01-placer-1.TotalCount"), recorder.Seen);
        Assert.Equal(0, line.Space.DrainChanges(new Recorder()));
    }

    [Fact]
    public void A_change_carries_the_simulated_time_and_a_new_version()
    {
        var line = SimulatedLine.Start();
        var count = line.Variable("smt-01-printer.TotalCount");
        var stampBefore = line.Space.ChangeStamp;

        Assert.True(line.RunUntil(() => count.UInt64Value > 0, TimeSpan.FromMinutes(5)));

        Assert.True(count.Version > stampBefore);
        Assert.True(line.Space.ChangeStamp >= count.Version);
        var printed = line.Events.OfType<Events.UnitCompleted>().First(e => e.Machine == "smt-01-printer");
        Assert.Equal(printed.At.UtcDateTime, count.SourceTimestamp);
    }

    [Fact]
    public void Draining_changes_allocates_nothing()
    {
        var line = SimulatedLine.Start(lines: 5);
        var sink = new Counter();
        line.Space.DrainChanges(sink);
        line.Run(TimeSpan.FromMinutes(20));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var drained = line.Space.DrainChanges(sink);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(drained > 100);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Writing_a_read_only_variable_is_refused_as_not_writable()
    {
        var line = SimulatedLine.Start();

        var outcome = line.Write("smt-01-placer-1.GoodCount", 0UL);

        Assert.Equal(OperationStatus.BadNotWritable, outcome.Status);
        Assert.Contains("smt-01-placer-1.GoodCount", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_a_value_of_the_wrong_type_is_refused_as_a_type_mismatch()
    {
        var line = SimulatedLine.Start();

        var outcome = line.Write("smt-01-reflow.Zones.7.Setpoint", 250);

        Assert.Equal(OperationStatus.BadTypeMismatch, outcome.Status);
        Assert.Equal(245.0, line.Read<double>("smt-01-reflow.Zones.7.Setpoint"));
    }

    [Fact]
    public void A_method_called_without_its_arguments_is_refused_naming_them()
    {
        var line = SimulatedLine.Start();

        var outcome = line.Call("smt-01-placer-1.InjectFault", "PNP-301");

        Assert.Equal(OperationStatus.BadArgumentsMissing, outcome.Status);
        Assert.Contains("Seconds (Double)", outcome.Message, StringComparison.Ordinal);
        Assert.False(line.Read<bool>("smt-01-placer-1.AlarmActive"));
    }

    private static IEnumerable<string> DefaultMachines() =>
        ["smt-01-printer", "smt-01-spi", "smt-01-placer-1", "smt-01-placer-2", "smt-01-reflow", "smt-01-aoi", "smt-01-test", "smt-01-pack"];

    private static void AssertChildrenNamedUnder(ObjectNode parent)
    {
        foreach (var node in parent.Variables.Cast<AddressSpaceNode>().Concat(parent.Methods).Concat(parent.Objects))
        {
            Assert.Equal($"{parent.NodeId}.{node.BrowseName}", node.NodeId);
        }

        foreach (var child in parent.Objects)
        {
            Assert.False(child.IsFolder);
            AssertChildrenNamedUnder(child);
        }
    }

    private sealed class Recorder : IVariableSink
    {
        public List<VariableNode> Seen { get; } = [];

        public void OnChanged(VariableNode variable) => Seen.Add(variable);
    }

    private sealed class Counter : IVariableSink
    {
        private double sum;

        public void OnChanged(VariableNode variable)
        {
            sum += variable.DataType switch
            {
                VariableType.Double => variable.DoubleValue,
                VariableType.UInt64 => variable.UInt64Value,
                VariableType.String => variable.StringValue.Length,
                _ => variable.SourceTimestamp.Ticks % 7,
            };
        }
    }
}
