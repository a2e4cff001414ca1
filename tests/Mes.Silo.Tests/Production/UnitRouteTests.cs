using Mes.Contracts.Production;
using Mes.Contracts.Production.Workstations;

namespace Mes.Silo.Tests.Production;

public sealed class UnitRouteTests(ProductionSilo plant) : IClassFixture<ProductionSilo>
{
    private ShopFloor Floor => plant.Floor;

    [Fact]
    public async Task A_unit_scanned_for_an_operation_it_is_not_due_at_is_refused_as_out_of_route_and_nothing_is_written()
    {
        var orderNo = await Floor.ReleasedOrder();
        await Floor.SetUp(orderNo);
        var serial = (await Floor.Serials(orderNo, 1))[0];
        var rows = await plant.HistoryRowsAsync(GrainKey.Unit.For(serial));

        var refusal = ShopFloor.Refused(await Floor.Start(serial, "spi"));

        Assert.Equal(("OUT_OF_ROUTE", 302, "operationId"), (refusal.Reason, refusal.Code, refusal.Field));
        Assert.Equal(rows, await plant.HistoryRowsAsync(GrainKey.Unit.For(serial)));
    }

    [Fact]
    public async Task A_completion_retried_with_the_same_request_id_records_one_operation_and_consumes_the_reels_once()
    {
        var orderNo = await Floor.ReleasedOrder();
        var reels = await Floor.SetUp(orderNo);
        var serial = (await Floor.Serials(orderNo, 1))[0];
        ShopFloor.Succeeded(await Floor.Start(serial, "print"));
        var requestId = ShopFloor.Request();

        var first = ShopFloor.Succeeded(await Floor.CompletePass(serial, "print", requestId));
        var retry = await Floor.CompletePass(serial, "print", requestId);

        Assert.True(retry.Repeated);
        Assert.Equal(first.History.Single().CompletedAt, retry.Value!.History.Single().CompletedAt);
        Assert.Equal(1L, await plant.ScalarAsync<long>("SELECT count(*) FROM genealogy_operation WHERE serial = @s", ("s", serial)));
        Assert.Equal(4999m, (await Floor.Lot(reels[("smt-01-printer", "board")]).Get())!.Quantity);
        Assert.Equal(4998.2m, (await Floor.Lot(reels[("smt-01-printer", "paste")]).Get())!.Quantity);
    }

    [Fact]
    public async Task A_unit_that_passes_every_operation_is_passed_and_its_order_counts_it_finished()
    {
        var orderNo = await Floor.ReleasedOrder();
        await Floor.SetUp(orderNo);
        var serial = (await Floor.Serials(orderNo, 1))[0];

        var unit = await Floor.PassUntil(serial);
        var order = (await Floor.Order(orderNo).Get())!;

        Assert.Equal("Passed", unit!.Status);
        Assert.Equal(("InProgress", 1), (order.Status, order.Finished));
        Assert.Equal(["print", "spi", "place-1", "place-2", "reflow", "aoi", "test", "pack"], order.Operations.Select(o => o.OperationId));
        Assert.All(order.Operations, o => Assert.Equal(1m, o.Yield));
    }

    [Fact]
    public async Task A_unit_failing_optical_inspection_is_sent_to_rework_and_back()
    {
        var orderNo = await Floor.ReleasedOrder();
        await Floor.SetUp(orderNo);
        var serial = (await Floor.Serials(orderNo, 1))[0];
        await Floor.PassUntil(serial, "aoi");
        ShopFloor.Succeeded(await Floor.Start(serial, "aoi"));

        var failed = ShopFloor.Succeeded(await Floor.Station("smt-01-aoi").CompleteUnit(
            new CompleteUnitRequest(ShopFloor.Request(), serial, false, ["solder-bridge"], [], [])));
        var reworked = await Floor.Pass(serial, "rework");

        Assert.Equal("rework", failed.NextOperationId);
        Assert.Equal("aoi", reworked.NextOperationId);
    }

    [Fact]
    public async Task A_failure_without_a_defect_code_is_refused()
    {
        var orderNo = await Floor.ReleasedOrder();
        await Floor.SetUp(orderNo);
        var serial = (await Floor.Serials(orderNo, 1))[0];
        ShopFloor.Succeeded(await Floor.Start(serial, "print"));

        var refusal = ShopFloor.Refused(await Floor.Station("smt-01-printer").CompleteUnit(
            new CompleteUnitRequest(ShopFloor.Request(), serial, false, [], [], [])));

        Assert.Equal(("DEFECT_CODE_REQUIRED", "defectCodes"), (refusal.Reason, refusal.Field));
    }

    [Fact]
    public async Task A_pass_with_a_measurement_outside_its_limits_is_refused_and_the_unit_stays_in_test()
    {
        var orderNo = await Floor.ReleasedOrder();
        await Floor.SetUp(orderNo);
        var serial = (await Floor.Serials(orderNo, 1))[0];
        await Floor.PassUntil(serial, "test");
        ShopFloor.Succeeded(await Floor.Start(serial, "test"));

        var refusal = ShopFloor.Refused(await Floor.Station("smt-01-test").CompleteUnit(new CompleteUnitRequest(ShopFloor.Request(), serial, true, [],
            [new MeasuredValue("supply-voltage", 3.6m), new MeasuredValue("supply-current", 120m), new MeasuredValue("eth-link", 1m)], [])));

        Assert.Equal("MEASUREMENT_OUT_OF_LIMITS", refusal.Reason);
        Assert.Equal("test", (await Floor.Unit(serial).Get())!.Current?.OperationId);
    }

    [Fact]
    public async Task A_unit_on_hold_cannot_start_until_it_is_released()
    {
        var orderNo = await Floor.ReleasedOrder();
        await Floor.SetUp(orderNo);
        var serial = (await Floor.Serials(orderNo, 1))[0];
        var printer = Floor.Station("smt-01-printer");
        ShopFloor.Succeeded(await printer.HoldUnit(new HoldUnitRequest(ShopFloor.Request(), serial, "dropped on the floor")));

        var whileHeld = ShopFloor.Refused(await Floor.Start(serial, "print"));
        ShopFloor.Succeeded(await printer.ReleaseUnit(new ReleaseUnitRequest(ShopFloor.Request(), serial)));
        var afterRelease = await Floor.Start(serial, "print");

        Assert.Equal("UNIT_ON_HOLD", whileHeld.Reason);
        Assert.True(afterRelease.Succeeded);
    }

    [Fact]
    public async Task A_serial_no_order_gave_out_is_not_found()
    {
        await Floor.SetUp(await Floor.ReleasedOrder());

        var refusal = ShopFloor.Refused(await Floor.Start("SN-NOBODY-KNOWS", "print"));

        Assert.Equal((RefusalKind.NotFound, "unit", "SN-NOBODY-KNOWS"), (refusal.Kind, refusal.ResourceType, refusal.ResourceName));
    }

    [Fact]
    public async Task A_unit_cannot_start_where_nobody_is_logged_in()
    {
        var orderNo = await Floor.ReleasedOrder();
        await Floor.SetUp(orderNo);
        var serial = (await Floor.Serials(orderNo, 1))[0];
        ShopFloor.Succeeded(await Floor.Station("smt-01-printer").LogOut(new LogOutRequest(ShopFloor.Request())));

        var refusal = ShopFloor.Refused(await Floor.Start(serial, "print"));

        Assert.Equal("NO_OPERATOR_LOGGED_IN", refusal.Reason);
    }

    [Fact]
    public async Task A_unit_half_way_along_its_route_and_the_operators_at_the_stations_survive_a_silo_restart()
    {
        var orderNo = await Floor.ReleasedOrder();
        await Floor.SetUp(orderNo);
        var serial = (await Floor.Serials(orderNo, 1))[0];
        await Floor.PassUntil(serial, "reflow");

        await plant.RestartAsync();
        var unit = (await Floor.Unit(serial).Get())!;
        var reflow = (await Floor.Station("smt-01-reflow").Get())!;
        var resumed = await Floor.Pass(serial, "reflow");

        Assert.Equal(4, unit.History.Count);
        Assert.Equal(ShopFloor.Supervisor, reflow.Operator?.Badge);
        Assert.Equal("aoi", resumed.NextOperationId);
    }
}
