using Mes.Contracts.Production;
using Mes.Contracts.Production.Lots;
using Mes.Contracts.Production.Units;

namespace Mes.Silo.Tests.Production;

public sealed class MaterialLotGrainTests(ProductionSilo plant) : IClassFixture<ProductionSilo>
{
    private ShopFloor Floor => plant.Floor;

    [Fact]
    public async Task A_bonded_lot_is_registered_with_its_customs_document_line_and_msd_level_from_master_data()
    {
        var lotNo = ShopFloor.NewId("R");

        var lot = ShopFloor.Succeeded(await Floor.Lot(lotNo).Register(new RegisterLotRequest(ShopFloor.Request(), "IC-MCU-STM32", 490,
            new BondedOrigin("12", "QD-2026-000123/4"), null)));

        Assert.Equal(new BondedOrigin("12", "QD-2026-000123/4"), lot.Bonded);
        Assert.Equal("3", lot.Moisture.MsdLevel);
        Assert.Equal(490m, lot.Quantity);
    }

    [Fact]
    public async Task A_lot_of_a_part_not_in_master_data_is_refused_as_not_found()
    {
        var refusal = ShopFloor.Refused(await Floor.Lot(ShopFloor.NewId("R"))
            .Register(new RegisterLotRequest(ShopFloor.Request(), "NO-SUCH-PART", 10, null, null)));

        Assert.Equal(RefusalKind.NotFound, refusal.Kind);
        Assert.Equal(("material", "NO-SUCH-PART"), (refusal.ResourceType, refusal.ResourceName));
    }

    [Fact]
    public async Task Registering_a_lot_number_again_as_another_part_is_a_conflict_and_changes_nothing()
    {
        var lotNo = await Floor.Reel("CAP-0402-100N");

        var refusal = ShopFloor.Refused(await Floor.Lot(lotNo).Register(new RegisterLotRequest(ShopFloor.Request(), "RES-0402-10K", 10, null, null)));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Equal("CAP-0402-100N", (await Floor.Lot(lotNo).Get())!.PartNo);
    }

    [Fact]
    public async Task A_zero_quantity_is_refused_as_invalid_naming_the_field()
    {
        var refusal = ShopFloor.Refused(await Floor.Lot(ShopFloor.NewId("R")).Register(new RegisterLotRequest(ShopFloor.Request(), "CAP-0402-100N", 0, null, null)));

        Assert.Equal((RefusalKind.Invalid, "quantity"), (refusal.Kind, refusal.Field));
    }

    [Fact]
    public async Task A_hold_without_a_reason_is_refused_and_writes_no_history()
    {
        var lotNo = await Floor.Reel("CAP-0402-100N");
        var rows = await plant.HistoryRowsAsync(GrainKey.Lot.For(lotNo));

        var refusal = ShopFloor.Refused(await Floor.Lot(lotNo).Hold(new HoldRequest(ShopFloor.Request(), " ", "B1004")));

        Assert.Equal("HOLD_REASON_REQUIRED", refusal.Reason);
        Assert.Equal(rows, await plant.HistoryRowsAsync(GrainKey.Lot.For(lotNo)));
    }

    [Fact]
    public async Task Opening_the_bag_of_a_moisture_sensitive_lot_starts_its_floor_life_clock()
    {
        var lotNo = await Floor.Reel("IC-MCU-STM32");

        var opened = ShopFloor.Succeeded(await Floor.Lot(lotNo).Open(ShopFloor.Request()));

        Assert.NotNull(opened.Moisture.OpenedAt);
        Assert.True(opened.Moisture.Remaining < TimeSpan.FromHours(168));
    }

    [Fact]
    public async Task A_lot_and_its_history_survive_a_silo_restart()
    {
        var lotNo = await Floor.Reel("IC-PHY-ETH");
        ShopFloor.Succeeded(await Floor.Lot(lotNo).Hold(new HoldRequest(ShopFloor.Request(), "date code suspect", "B1004")));

        await plant.RestartAsync();

        Assert.Equal("date code suspect", (await Floor.Lot(lotNo).Get())!.Hold?.Reason);
        Assert.Equal(2L, await plant.HistoryRowsAsync(GrainKey.Lot.For(lotNo)));
    }
}
