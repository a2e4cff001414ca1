using Mes.Contracts.Production;
using Mes.Contracts.Production.Lots;
using Mes.Contracts.Production.Units;
using Mes.Contracts.Production.Workstations;

namespace Mes.Silo.Tests.Production;

public sealed class WorkstationGrainTests(ProductionSilo plant) : IClassFixture<ProductionSilo>
{
    private ShopFloor Floor => plant.Floor;

    [Fact]
    public async Task Logging_in_with_an_expired_certification_is_refused_naming_the_certification_and_writes_nothing()
    {
        var tester = Floor.Station("smt-01-test");
        await tester.LogOut(new LogOutRequest(ShopFloor.Request()));
        var rows = await plant.HistoryRowsAsync(GrainKey.Workstation.For("smt-01-test"));

        var refusal = ShopFloor.Refused(await tester.LogIn(new LogInRequest(ShopFloor.Request(), "B1003")));

        Assert.Equal(("CERTIFICATION_EXPIRED", 103, "badge"), (refusal.Reason, refusal.Code, refusal.Field));
        Assert.Contains("FCT", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(rows, await plant.HistoryRowsAsync(GrainKey.Workstation.For("smt-01-test")));
    }

    [Fact]
    public async Task A_reel_of_the_wrong_part_is_refused_and_the_slot_keeps_its_reel()
    {
        var orderNo = await Floor.ReleasedOrder();
        var reels = await Floor.SetUp(orderNo);
        var wrong = await Floor.Reel("RES-0402-10K");

        var refusal = ShopFloor.Refused(await Floor.Station("smt-01-placer-1").LoadMaterial(new LoadMaterialRequest(ShopFloor.Request(), "1", wrong)));
        var status = (await Floor.Station("smt-01-placer-1").Get())!;

        Assert.Equal(("WRONG_PART", "lotNo"), (refusal.Reason, refusal.Field));
        Assert.Equal(reels[("smt-01-placer-1", "1")], status.Setup.Single(r => r.Slot == "1").LotNo);
    }

    [Fact]
    public async Task A_reel_whose_msd_floor_life_is_used_up_is_refused()
    {
        await Floor.SetUp(await Floor.ReleasedOrder());
        var exposed = await Floor.Reel("IC-MCU-STM32", moisture: new MoistureAtReceipt(TimeSpan.FromHours(200), null, null, null));

        var refusal = ShopFloor.Refused(await Floor.Station("smt-01-placer-2").LoadMaterial(new LoadMaterialRequest(ShopFloor.Request(), "1", exposed)));

        Assert.Equal("MSD_FLOOR_LIFE_EXPIRED", refusal.Reason);
    }

    [Fact]
    public async Task A_bonded_reel_on_a_non_bonded_order_is_refused()
    {
        await Floor.SetUp(await Floor.ReleasedOrder());
        var bonded = await Floor.Reel("CAP-0402-100N", bonded: true);

        var refusal = ShopFloor.Refused(await Floor.Station("smt-01-placer-1").LoadMaterial(new LoadMaterialRequest(ShopFloor.Request(), "1", bonded)));

        Assert.Equal("BONDED_MISMATCH", refusal.Reason);
    }

    [Fact]
    public async Task A_non_bonded_reel_on_a_bonded_order_is_refused()
    {
        await Floor.SetUp(await Floor.ReleasedOrder(bonded: true), bonded: true);
        var free = await Floor.Reel("CAP-0402-100N");

        var refusal = ShopFloor.Refused(await Floor.Station("smt-01-placer-1").LoadMaterial(new LoadMaterialRequest(ShopFloor.Request(), "1", free)));

        Assert.Equal("BONDED_MISMATCH", refusal.Reason);
    }

    [Fact]
    public async Task A_reel_on_hold_is_refused()
    {
        await Floor.SetUp(await Floor.ReleasedOrder());
        var held = await Floor.Reel("CAP-0402-100N");
        ShopFloor.Succeeded(await Floor.Lot(held).Hold(new HoldRequest(ShopFloor.Request(), "wet", "B1004")));

        var refusal = ShopFloor.Refused(await Floor.Station("smt-01-placer-1").LoadMaterial(new LoadMaterialRequest(ShopFloor.Request(), "1", held)));

        Assert.Equal("LOT_ON_HOLD", refusal.Reason);
    }

    [Fact]
    public async Task A_reel_never_registered_is_not_found()
    {
        await Floor.SetUp(await Floor.ReleasedOrder());

        var refusal = ShopFloor.Refused(await Floor.Station("smt-01-placer-1").LoadMaterial(new LoadMaterialRequest(ShopFloor.Request(), "1", "R-NEVER-SEEN")));

        Assert.Equal((RefusalKind.NotFound, "lot", "R-NEVER-SEEN"), (refusal.Kind, refusal.ResourceType, refusal.ResourceName));
    }

    [Fact]
    public async Task An_order_not_yet_released_cannot_be_selected()
    {
        var orderNo = ShopFloor.NewId("PO");
        ShopFloor.Succeeded(await Floor.Order(orderNo).Create(
            new Contracts.Production.Orders.CreateOrderRequest(ShopFloor.Request(), "GW-100", "smt-01", 1, DateTimeOffset.UtcNow, false, null)));

        var refusal = ShopFloor.Refused(await Floor.Station("smt-01-spi").SelectOrder(new SelectOrderRequest(ShopFloor.Request(), orderNo)));

        Assert.Equal("ORDER_NOT_RELEASED", refusal.Reason);
    }

    [Fact]
    public async Task A_workstation_without_the_reel_a_slot_needs_says_it_is_not_ready_naming_the_slot()
    {
        var orderNo = await Floor.ReleasedOrder();
        await Floor.SetUp(orderNo);
        ShopFloor.Succeeded(await Floor.Station("smt-01-placer-2").UnloadMaterial(new UnloadMaterialRequest(ShopFloor.Request(), "2")));

        var status = (await Floor.Station("smt-01-placer-2").Get())!;

        Assert.Equal(("SLOT_EMPTY", "slot"), (status.NotReady?.Reason, status.NotReady?.Field));
        Assert.Contains("IC-PHY-ETH", status.NotReady!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_downtime_reason_reported_while_the_machine_looks_available_opens_an_operator_downtime()
    {
        await Floor.SetUp(await Floor.ReleasedOrder());

        var status = ShopFloor.Succeeded(await Floor.Station("smt-01-aoi").ReportDowntime(new ReportDowntimeRequest(ShopFloor.Request(), "MAT")));

        Assert.Equal(("Operator", "MAT", ShopFloor.Supervisor), (status.OpenDowntime?.Source, status.OpenDowntime?.ReasonCode, status.OpenDowntime?.ReportedBy));
    }

    [Fact]
    public async Task A_downtime_reason_not_in_the_reason_list_is_refused()
    {
        await Floor.SetUp(await Floor.ReleasedOrder());

        var refusal = ShopFloor.Refused(await Floor.Station("smt-01-reflow").ReportDowntime(new ReportDowntimeRequest(ShopFloor.Request(), "COFFEE")));

        Assert.Equal(("UNKNOWN_REASON_CODE", "reasonCode"), (refusal.Reason, refusal.Field));
    }

    [Fact]
    public async Task A_log_in_retried_with_the_same_request_id_is_answered_without_writing_again()
    {
        var spi = Floor.Station("smt-01-spi");
        await spi.LogOut(new LogOutRequest(ShopFloor.Request()));
        var login = new LogInRequest(ShopFloor.Request(), "B1001");
        ShopFloor.Succeeded(await spi.LogIn(login));
        var rows = await plant.HistoryRowsAsync(GrainKey.Workstation.For("smt-01-spi"));

        var retry = await spi.LogIn(login);

        Assert.True(retry.Repeated);
        Assert.Equal("B1001", retry.Value!.Operator?.Badge);
        Assert.Equal(rows, await plant.HistoryRowsAsync(GrainKey.Workstation.For("smt-01-spi")));
    }
}
