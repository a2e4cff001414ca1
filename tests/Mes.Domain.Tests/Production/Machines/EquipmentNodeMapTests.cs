using Mes.Domain.Production.Machines;

namespace Mes.Domain.Tests.Production.Machines;

public sealed class EquipmentNodeMapTests
{
    private static readonly EquipmentNodeMap Map = new(SamplePlant.MasterData.Equipment);
    private static readonly DateTimeOffset At = SamplePlant.Now;

    [Fact]
    public void A_counter_node_id_resolves_to_its_workstation_and_signal()
    {
        var signal = Assert.IsType<CounterSignal>(Map.Decode("smt-01-placer-1.GoodCount", 42u, At).Signal);

        Assert.Equal(("smt-01-placer-1", SignalKind.GoodCount, 42L), (signal.WorkstationId, signal.Kind, signal.Value));
    }

    [Fact]
    public void A_slot_pick_counter_resolves_to_its_slot()
    {
        var signal = Assert.IsType<CounterSignal>(Map.Decode("ns=2;s=smt-01-placer-2.Slots.3.Picks", 7, At).Signal);

        Assert.Equal(("smt-01-placer-2", SignalKind.SlotPicks, "3"), (signal.WorkstationId, signal.Kind, signal.Slot));
    }

    [Fact]
    public void A_numeric_packml_state_is_read_as_its_name()
    {
        var signal = Assert.IsType<TextSignal>(Map.Decode("smt-01-reflow.State", 6, At).Signal);

        Assert.Equal("Execute", signal.Value);
    }

    [Fact]
    public void A_node_outside_the_mapping_is_reported_not_guessed()
    {
        var decoded = Map.Decode("smt-01-reflow.Zones.3.Temperature", 245.0, At);

        Assert.Null(decoded.Signal);
        Assert.Contains("not in the equipment node mapping", decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_counter_value_is_reported()
    {
        Assert.NotNull(Map.Decode("smt-01-aoi.TotalCount", -3, At).Problem);
    }
}
