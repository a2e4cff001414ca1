using Mes.Domain.Production.Machines;

namespace Mes.Domain.Tests.Production.Machines;

public sealed class EquipmentSubscriptionTests
{
    [Fact]
    public void The_sample_plant_reads_one_endpoint_the_simulator()
    {
        Assert.Equal(["opc.tcp://127.0.0.1:4840"], EquipmentSubscription.Endpoints(SamplePlant.MasterData));
    }

    [Fact]
    public void Slot_counters_are_monitored_for_every_feeder_slot_the_bom_uses_at_the_placer_and_no_other()
    {
        var nodes = EquipmentSubscription.NodesAt(SamplePlant.MasterData, "opc.tcp://127.0.0.1:4840");

        var placerSlots = nodes.Where(n => n.WorkstationId == "smt-01-placer-1" && n.Identifier.Contains(".Slots.", StringComparison.Ordinal))
            .Select(n => n.Identifier);

        Assert.Equal(
            ["smt-01-placer-1.Slots.1.Mispicks", "smt-01-placer-1.Slots.1.Picks", "smt-01-placer-1.Slots.2.Mispicks",
             "smt-01-placer-1.Slots.2.Picks", "smt-01-placer-1.Slots.3.Mispicks", "smt-01-placer-1.Slots.3.Picks"],
            placerSlots.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_monitored_node_decodes_to_its_workstation_through_the_equipment_map()
    {
        var master = SamplePlant.MasterData;
        var map = new EquipmentNodeMap(master.Equipment);

        var nodes = EquipmentSubscription.NodesAt(master, "opc.tcp://127.0.0.1:4840");

        Assert.All(nodes, n => Assert.Equal(n.WorkstationId, map.Resolve(n.Identifier)?.WorkstationId));
        Assert.Equal(nodes.Count, nodes.Select(n => n.Identifier).Distinct().Count());
        Assert.All(nodes, n => Assert.Equal("urn:zone-mes:plc-simulator", n.NamespaceUri));
    }

    [Fact]
    public void An_endpoint_no_equipment_uses_has_nothing_to_monitor()
    {
        Assert.Empty(EquipmentSubscription.NodesAt(SamplePlant.MasterData, "opc.tcp://10.0.0.9:4840"));
    }
}
