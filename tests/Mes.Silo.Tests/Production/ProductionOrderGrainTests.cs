using Mes.Contracts.Production;
using Mes.Contracts.Production.Orders;

namespace Mes.Silo.Tests.Production;

public sealed class ProductionOrderGrainTests(ProductionSilo plant) : IClassFixture<ProductionSilo>
{
    private ShopFloor Floor => plant.Floor;

    [Fact]
    public async Task Issuing_serials_retried_with_the_same_request_id_returns_the_same_serials_and_writes_nothing_twice()
    {
        var orderNo = await Floor.ReleasedOrder(quantity: 10);
        var requestId = ShopFloor.Request();

        var first = ShopFloor.Succeeded(await Floor.Order(orderNo).IssueSerials(requestId, 3));
        var rows = await plant.HistoryRowsAsync(GrainKey.Order.For(orderNo));
        var retry = await Floor.Order(orderNo).IssueSerials(requestId, 3);

        Assert.True(retry.Repeated);
        Assert.Equal(first.Serials, retry.Value!.Serials);
        Assert.Equal(3, retry.Value.Order.SerialCount);
        Assert.Equal(rows, await plant.HistoryRowsAsync(GrainKey.Order.For(orderNo)));
    }

    [Fact]
    public async Task Issued_serials_become_units_of_the_order()
    {
        var orderNo = await Floor.ReleasedOrder();

        var serials = await Floor.Serials(orderNo, 2);

        Assert.Equal($"{orderNo}-00001", serials[0]);
        Assert.Equal(orderNo, (await Floor.Unit(serials[1]).Get())?.OrderNo);
    }

    [Fact]
    public async Task A_request_id_reused_for_another_request_is_refused()
    {
        var orderNo = await Floor.ReleasedOrder(quantity: 10);
        var requestId = ShopFloor.Request();
        ShopFloor.Succeeded(await Floor.Order(orderNo).IssueSerials(requestId, 1));

        var refusal = ShopFloor.Refused(await Floor.Order(orderNo).IssueSerials(requestId, 2));

        Assert.Equal("REQUEST_ID_REUSED", refusal.Reason);
    }

    [Fact]
    public async Task Issuing_more_serials_than_ordered_is_refused_and_writes_nothing()
    {
        var orderNo = await Floor.ReleasedOrder(quantity: 2);
        var rows = await plant.HistoryRowsAsync(GrainKey.Order.For(orderNo));

        var refusal = ShopFloor.Refused(await Floor.Order(orderNo).IssueSerials(ShopFloor.Request(), 3));

        Assert.Equal(("SERIAL_QUANTITY_EXCEEDED", 506), (refusal.Reason, refusal.Code));
        Assert.Equal(rows, await plant.HistoryRowsAsync(GrainKey.Order.For(orderNo)));
    }

    [Fact]
    public async Task A_pre_printed_serial_of_another_order_is_refused_naming_its_position()
    {
        var first = await Floor.ReleasedOrder();
        var second = await Floor.ReleasedOrder();
        var taken = ShopFloor.NewId("SN");
        ShopFloor.Succeeded(await Floor.Order(first).RegisterSerials(ShopFloor.Request(), [taken]));

        var refusal = ShopFloor.Refused(await Floor.Order(second).RegisterSerials(ShopFloor.Request(), [ShopFloor.NewId("SN"), taken]));

        Assert.Equal(("DUPLICATE_SERIAL", "serials[1]"), (refusal.Reason, refusal.Field));
        Assert.Equal(0, (await Floor.Order(second).Get())!.SerialCount);
    }

    [Fact]
    public async Task Creating_an_order_number_that_exists_is_a_conflict()
    {
        var orderNo = await Floor.ReleasedOrder();

        var refusal = ShopFloor.Refused(await Floor.Order(orderNo).Create(
            new CreateOrderRequest(ShopFloor.Request(), "GW-100", "smt-01", 1, DateTimeOffset.UtcNow, false, null)));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
    }

    [Fact]
    public async Task An_unknown_product_is_refused_by_the_rule_that_names_the_field()
    {
        var refusal = ShopFloor.Refused(await Floor.Order(ShopFloor.NewId("PO")).Create(
            new CreateOrderRequest(ShopFloor.Request(), "XX-999", "smt-01", 1, DateTimeOffset.UtcNow, false, null)));

        Assert.Equal((RefusalKind.Rule, "UNKNOWN_PRODUCT", "productNo"), (refusal.Kind, refusal.Reason, refusal.Field));
    }

    [Fact]
    public async Task Closing_an_order_still_in_progress_is_refused()
    {
        var orderNo = await Floor.ReleasedOrder();

        var refusal = ShopFloor.Refused(await Floor.Order(orderNo).Close(ShopFloor.Request()));

        Assert.Equal("ORDER_STATE_FORBIDS", refusal.Reason);
    }

    [Fact]
    public async Task The_order_list_shows_released_orders_of_a_line()
    {
        var orderNo = await Floor.ReleasedOrder();

        var listed = await plant.Grains.GetGrain<IOrderBookGrain>(0).List(new OrderQuery("smt-01", "Released", null, 500));

        Assert.Contains(listed, o => o.OrderNo == orderNo && o.Quantity == 5);
    }

    [Fact]
    public async Task A_watcher_waiting_on_an_order_sees_the_change_that_ends_its_wait()
    {
        var orderNo = await Floor.ReleasedOrder(quantity: 10);
        var before = (await Floor.Order(orderNo).Get())!;

        var watching = Floor.Order(orderNo).WaitForChange(before.Sequence, TimeSpan.FromSeconds(20));
        await Floor.Serials(orderNo, 2);
        var seen = await watching;

        Assert.Equal(2, seen!.SerialCount);
    }
}
