using Mes.PlcSimulator.AddressSpace;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.MasterData.Import;
using Mes.PlcSimulator.Definition;
using Mes.Testing;

namespace Mes.PlcSimulator.Tests;

/// <summary>
/// The shipped line is the line of the sample plant the MES reads (samples/plant through the MES's
/// own loader): equipment, BOM slots and test steps must agree.
/// </summary>
public sealed class SamplePlantAgreementTests
{
    private static readonly Lazy<PlantMasterData> Plant = new(() =>
    {
        var folder = Path.Combine(Repository.Root, "samples", "plant");
        var files = Directory.GetFiles(folder, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        return PlantMasterDataLoader.Load(files, 1, DateTimeOffset.UnixEpoch) is ImportResult.Imported imported
            ? imported.MasterData
            : throw new InvalidOperationException("samples/plant does not import");
    });

    private static IEnumerable<(string Workstation, double IdealCycleSeconds)> Equipment =>
        Plant.Value.Equipment.Select(e => (e.WorkstationId, (double)e.IdealCycleSeconds));

    private static IEnumerable<(string Workstation, string Slot, string PartNo, decimal QtyPer)> Bom =>
        Plant.Value.FindBom("GW-100")!.Lines.Select(l => (l.WorkstationId, l.Slot, l.PartNo, l.QtyPer));

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

        Assert.Equal(Bom.Order(), slots.Order());
    }

    [Fact]
    public void The_shipped_test_program_measures_the_routes_test_steps_with_their_limits()
    {
        var test = DefaultLine.Load().Machines.Single(m => m.Type == MachineType.Test).Test!;

        var routeSteps = Plant.Value.FindRoute("GW-100")!.Operations.SelectMany(o => o.TestSteps);

        Assert.Equal(
            routeSteps.Select(s => (s.Name, s.Unit, (double?)s.Low, (double?)s.High)),
            test.Steps.Select(s => (s.Name, s.Unit, (double?)s.Low, (double?)s.High)));
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
