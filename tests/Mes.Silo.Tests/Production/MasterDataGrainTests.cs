using Mes.Contracts.Production.MasterData;

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
}
