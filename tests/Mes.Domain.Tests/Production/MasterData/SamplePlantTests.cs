using Mes.Domain.Production.Machines;
using Mes.Domain.Production.Materials;
using Mes.Domain.Production.MasterData.Import;

namespace Mes.Domain.Tests.Production.MasterData;

public sealed class SamplePlantTests
{
    [Fact]
    public void The_shipped_sample_plant_imports_without_errors()
    {
        var result = PlantMasterDataLoader.Load(SamplePlant.JsonFiles(), 7, SamplePlant.Now);

        var imported = Assert.IsType<ImportResult.Imported>(result);
        Assert.Equal(7, imported.MasterData.Version);
        Assert.Equal("ks1", imported.MasterData.Site.Id);
    }

    [Fact]
    public void The_csv_form_of_the_sample_imports_the_same_master_data_as_the_json_form()
    {
        var fromCsv = Assert.IsType<ImportResult.Imported>(PlantMasterDataLoader.Load(SamplePlant.CsvFiles(), 1, SamplePlant.Now)).MasterData;
        var fromJson = SamplePlant.MasterData;

        Assert.Equal(fromJson.Materials, fromCsv.Materials);
        Assert.Equal(fromJson.DowntimeReasons, fromCsv.DowntimeReasons);
        Assert.Equal(Describe(fromJson.Boms.Single().Lines), Describe(fromCsv.Boms.Single().Lines));
        Assert.Equal(
            fromJson.Operators.Select(o => (o.Badge, o.Name, string.Join(';', o.Certifications))),
            fromCsv.Operators.Select(o => (o.Badge, o.Name, string.Join(';', o.Certifications))));
    }

    [Fact]
    public void The_sample_line_has_the_eight_workstations_of_the_plant_conventions_in_route_order_with_equipment()
    {
        string[] conventions =
        [
            "smt-01-printer", "smt-01-spi", "smt-01-placer-1", "smt-01-placer-2", "smt-01-reflow", "smt-01-aoi",
            "smt-01-test", "smt-01-pack",
        ];

        Assert.Equal(conventions, SamplePlant.MasterData.Equipment.Select(e => e.WorkstationId));
        Assert.All(SamplePlant.MasterData.Equipment, e =>
        {
            Assert.Equal("opc.tcp://127.0.0.1:4840", e.Endpoint);
            Assert.Equal("urn:zone-mes:plc-simulator", e.NamespaceUri);
            Assert.Equal($"{e.WorkstationId}.GoodCount", e.Nodes[SignalKind.GoodCount]);
        });
    }

    [Fact]
    public void The_gw100_bom_uses_exactly_the_agreed_part_numbers_with_the_mcu_and_phy_at_msd_level_3()
    {
        var parts = SamplePlant.Gw100Bom.Lines.Select(l => l.PartNo).Order();

        Assert.Equal(
            ["CAP-0402-100N", "CONN-RJ45", "IC-MCU-STM32", "IC-PHY-ETH", "LED-0603-GRN", "PCB-GW100", "RES-0402-10K", "SP-SAC305", "XTAL-25M"],
            parts);
        Assert.Equal(MsdLevel.Level3, SamplePlant.MasterData.FindMaterial("IC-MCU-STM32")!.MsdLevel);
        Assert.Equal(MsdLevel.Level3, SamplePlant.MasterData.FindMaterial("IC-PHY-ETH")!.MsdLevel);
    }

    private static IEnumerable<string> Describe(IEnumerable<Mes.Domain.Production.MasterData.BomLine> lines) =>
        lines.Select(l => $"{l.PartNo}|{l.QtyPer}|{string.Join(' ', l.ReferenceDesignators)}|{l.WorkstationId}|{l.Slot}");
}
