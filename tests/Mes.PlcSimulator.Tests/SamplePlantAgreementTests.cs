using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;

namespace Mes.PlcSimulator.Tests;

/// <summary>
/// The shipped line is the line of the sample plant the MES reads (samples/plant: equipment.json, boms.json,
/// routes.json): these tables are that contract.
/// </summary>
public sealed class SamplePlantAgreementTests
{
    private static readonly (string Workstation, double IdealCycleSeconds)[] Equipment =
    [
        ("smt-01-printer", 15), ("smt-01-spi", 12), ("smt-01-placer-1", 28), ("smt-01-placer-2", 24),
        ("smt-01-reflow", 20), ("smt-01-aoi", 14), ("smt-01-test", 22), ("smt-01-pack", 26),
    ];

    private static readonly (string Workstation, string Slot, string PartNo, decimal QtyPer)[] Bom =
    [
        ("smt-01-printer", "board", "PCB-GW100", 1), ("smt-01-printer", "paste", "SP-SAC305", 0.85m),
        ("smt-01-placer-1", "1", "CAP-0402-100N", 24), ("smt-01-placer-1", "2", "RES-0402-10K", 18), ("smt-01-placer-1", "3", "LED-0603-GRN", 4),
        ("smt-01-placer-2", "1", "IC-MCU-STM32", 1), ("smt-01-placer-2", "2", "IC-PHY-ETH", 1), ("smt-01-placer-2", "3", "XTAL-25M", 1),
        ("smt-01-pack", "bin-1", "CONN-RJ45", 1),
    ];

    private static readonly string[] MappedVariables =
        ["State", "Mode", "GoodCount", "RejectCount", "TotalCount", "AlarmActive", "AlarmCode", "AlarmText"];

    [Fact]
    public void The_shipped_line_has_the_sample_plants_workstations_in_route_order_with_their_ideal_cycle_times()
    {
        var line = DefaultLine.Load();

        Assert.Equal(Equipment, line.Machines.Select(m => ($"{line.LineId}-{m.Id}", m.IdealCycleTime)));
    }

    [Fact]
    public void The_shipped_line_has_the_sample_boms_parts_on_the_same_slots_with_the_same_quantity_per_board()
    {
        var line = DefaultLine.Load();

        var slots = line.Machines.SelectMany(m => m.Slots.Select(s => ($"{line.LineId}-{m.Id}", s.Slot, s.PartNo, s.QtyPerBoard)));

        Assert.Equal(Bom, slots);
    }

    [Fact]
    public void The_shipped_test_program_measures_the_routes_test_steps_with_their_limits()
    {
        var test = DefaultLine.Load().Machines.Single(m => m.Type == MachineType.Test).Test!;

        Assert.Equal(
            [("supply-voltage", "V", 3.135, 3.465), ("supply-current", "mA", 80.0, 180.0), ("eth-link", "bool", 1.0, 1.0)],
            test.Steps.Select(s => (s.Name, s.Unit, s.Low, s.High)));
    }

    [Fact]
    public void Every_node_the_sample_equipment_maps_exists_with_the_type_the_mes_decodes()
    {
        var space = SimulatedLine.Start().Space;

        foreach (var (workstation, _) in Equipment)
        {
            foreach (var name in MappedVariables)
            {
                var variable = Assert.IsType<VariableNode>(space.Find($"{workstation}.{name}"));
                Assert.Equal(name switch
                {
                    "AlarmActive" => VariableType.Boolean,
                    "GoodCount" or "RejectCount" or "TotalCount" => VariableType.UInt64,
                    _ => VariableType.String,
                }, variable.DataType);
            }
        }

        foreach (var (workstation, slot, _, _) in Bom.Where(b => b.Workstation.Contains("placer", StringComparison.Ordinal)))
        {
            Assert.Equal(VariableType.UInt64, Assert.IsType<VariableNode>(space.Find($"{workstation}.Slots.{slot}.Picks")).DataType);
            Assert.Equal(VariableType.UInt64, Assert.IsType<VariableNode>(space.Find($"{workstation}.Slots.{slot}.Mispicks")).DataType);
        }
    }
}
