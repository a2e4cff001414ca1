using Mes.Contracts.Production;
using Mes.Contracts.Production.MasterData;
using Mes.Testing;

namespace Mes.Silo.Tests.Production;

public sealed class MasterDataGrainTests(ProductionSilo plant) : IClassFixture<ProductionSilo>
{
    private IMasterDataGrain MasterData => plant.Grains.GetGrain<IMasterDataGrain>(IMasterDataGrain.Key);

    [Fact]
    public async Task A_new_silo_imports_the_sample_plant_as_the_first_version()
    {
        var current = await MasterData.GetVersion(0);

        Assert.NotNull(current);
        Assert.Equal("samples/plant", current.Source);
        Assert.Contains("smt-01-placer-1", current.WorkstationIds);
        Assert.Contains("GW-100", current.ProductNos);
    }

    [Fact]
    public async Task A_malformed_csv_is_refused_naming_file_row_and_field_and_no_version_is_created()
    {
        var before = await plant.ScalarAsync<long>("SELECT count(*) FROM master_data_version");
        var files = SampleFiles();
        files.Remove("materials.json");
        files["materials.csv"] = "partNo,description,unit,msdLevel\nCAP-0402-100N,Capacitor,pcs,1\nRES-0402-10K,Resistor,pcs,7\n";

        var refusal = ShopFloor.Refused(await MasterData.Import(new ImportMasterData(ShopFloor.Request(), files, "api")));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Contains(refusal.Violations, v => v.Field == "materials.csv[row 3].msdLevel");
        Assert.Contains(refusal.Violations, v => v.Description.Contains("materials.csv, row 3, field msdLevel", StringComparison.Ordinal));
        Assert.Equal(before, await plant.ScalarAsync<long>("SELECT count(*) FROM master_data_version"));
    }

    [Fact]
    public async Task An_import_retried_with_the_same_request_id_creates_one_version()
    {
        var command = new ImportMasterData(ShopFloor.Request(), SampleFiles(), "api");

        var first = ShopFloor.Succeeded(await MasterData.Import(command));
        var retry = await MasterData.Import(command);

        Assert.True(retry.Repeated);
        Assert.Equal(first.Version, retry.Value!.Version);
        Assert.Equal(1L, await plant.ScalarAsync<long>("SELECT count(*) FROM master_data_version WHERE request_id = @id", ("id", command.RequestId)));
    }

    [Fact]
    public async Task A_new_import_becomes_the_current_version_and_the_older_versions_stay_readable()
    {
        var imported = ShopFloor.Succeeded(await MasterData.Import(new ImportMasterData(ShopFloor.Request(), SampleFiles(), "api")));

        var current = await MasterData.CurrentVersionNumber();
        var first = await MasterData.GetVersion(1);

        Assert.Equal(imported.Version, current);
        Assert.Equal("samples/plant", first?.Source);
    }

    [Fact]
    public async Task An_order_keeps_the_master_data_version_it_was_released_under_after_a_new_import()
    {
        var floor = plant.Floor;
        var orderNo = await floor.ReleasedOrder();
        var pinned = (await floor.Order(orderNo).Get())!.MasterDataVersion;

        ShopFloor.Succeeded(await MasterData.Import(new ImportMasterData(ShopFloor.Request(), SampleFiles(), "api")));

        Assert.NotEqual(pinned, await MasterData.CurrentVersionNumber());
        Assert.Equal(pinned, (await floor.Order(orderNo).Get())!.MasterDataVersion);
    }

    private static Dictionary<string, string> SampleFiles() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "samples", "plant"), "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
}
