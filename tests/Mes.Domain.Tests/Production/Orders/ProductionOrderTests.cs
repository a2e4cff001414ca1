using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Orders;

namespace Mes.Domain.Tests.Production.Orders;

public sealed class ProductionOrderTests
{
    private static readonly DateTimeOffset Due = SamplePlant.Now.AddDays(3);

    [Fact]
    public void An_order_goes_from_created_through_released_in_progress_and_completed_to_closed()
    {
        var order = Created();
        var statuses = new List<OrderStatus> { order.Status };
        foreach (OrderCommand command in new OrderCommand[] { new ReleaseOrder(1), new StartOrder(), new CompleteOrder(), new CloseOrder() })
        {
            order = order.Then(command);
            statuses.Add(order.Status);
        }

        Assert.Equal([OrderStatus.Created, OrderStatus.Released, OrderStatus.InProgress, OrderStatus.Completed, OrderStatus.Closed], statuses);
    }

    [Fact]
    public void An_order_cannot_be_completed_before_it_is_in_progress()
    {
        var decision = Created().Then(new ReleaseOrder(1)).Decide(new CompleteOrder(), SamplePlant.Now);

        Assert.Equal((RefusalReason.OrderStateForbids, "status"), (decision.RefusedWith?.Reason, decision.RefusedWith?.Field));
    }

    [Fact]
    public void Release_pins_the_master_data_version()
    {
        Assert.Equal(4, Created().Then(new ReleaseOrder(4)).MasterDataVersion);
    }

    [Fact]
    public void A_bonded_order_without_a_customs_norm_version_is_refused()
    {
        var decision = ProductionOrder.Create(new CreateOrder("PO-B1", "GW-100", "smt-01", 100, Due, Bonded: true, NormVersion: null),
            SamplePlant.MasterData, SamplePlant.Now);

        Assert.Equal((RefusalReason.NormVersionRequired, "normVersion"), (decision.RefusedWith?.Reason, decision.RefusedWith?.Field));
    }

    [Fact]
    public void An_order_for_a_product_without_master_data_is_refused()
    {
        var decision = ProductionOrder.Create(new CreateOrder("PO-9", "GW-200", "smt-01", 10, Due, false, null), SamplePlant.MasterData, SamplePlant.Now);

        Assert.Equal(RefusalReason.UnknownProduct, decision.RefusedWith?.Reason);
    }

    [Fact]
    public void A_zero_quantity_is_refused()
    {
        var decision = ProductionOrder.Create(new CreateOrder("PO-9", "GW-100", "smt-01", 0, Due, false, null), SamplePlant.MasterData, SamplePlant.Now);

        Assert.Equal((RefusalReason.InvalidQuantity, "quantity"), (decision.RefusedWith?.Reason, decision.RefusedWith?.Field));
    }

    [Fact]
    public void Serials_are_the_order_number_and_a_five_digit_sequence_continuing_across_issues()
    {
        var order = Created().Then(new ReleaseOrder(1)).Then(new IssueSerials(2)).Then(new IssueSerials(1));

        Assert.Equal(["PO-1-00001", "PO-1-00002", "PO-1-00003"], order.Serials);
    }

    [Fact]
    public void Each_issued_serial_registers_a_unit_of_the_order_and_product()
    {
        var order = Created().Then(new ReleaseOrder(1));
        var assigned = Assert.IsType<SerialsAssigned>(Assert.Single(order.Decide(new IssueSerials(2), SamplePlant.Now).EventsToApply));

        var units = order.UnitsFor(assigned).ToList();

        Assert.Equal([("PO-1-00001", "PO-1", "GW-100"), ("PO-1-00002", "PO-1", "GW-100")], units.Select(u => (u.Serial, u.OrderNo, u.ProductNo)));
    }

    [Fact]
    public void Issuing_more_serials_than_the_order_quantity_is_refused()
    {
        var decision = Created(quantity: 3).Then(new ReleaseOrder(1)).Then(new IssueSerials(2)).Decide(new IssueSerials(2), SamplePlant.Now);

        Assert.Equal(RefusalReason.SerialQuantityExceeded, decision.RefusedWith?.Reason);
    }

    [Fact]
    public void A_scrapped_unit_makes_room_for_a_replacement_serial()
    {
        var order = Created(quantity: 1).Then(new ReleaseOrder(1)).Then(new IssueSerials(1)).Then(new CountScrap("PO-1-00001"));

        Assert.Equal("PO-1-00002", order.Then(new IssueSerials(1)).Serials[^1]);
    }

    [Fact]
    public void A_registered_serial_that_is_already_on_the_order_is_refused_naming_its_position()
    {
        var order = Created().Then(new ReleaseOrder(1)).Then(new RegisterSerials(["GW-A1"]));

        var decision = order.Decide(new RegisterSerials(["GW-A2", "GW-A1"]), SamplePlant.Now);

        Assert.Equal((RefusalReason.DuplicateSerial, "serials[1]"), (decision.RefusedWith?.Reason, decision.RefusedWith?.Field));
    }

    [Fact]
    public void A_result_counted_twice_with_the_same_request_id_is_counted_once()
    {
        var command = new CountOperationResult("done-aoi-5", "PO-1-00001", "aoi", Passed: false, UnitFinished: false);
        var order = Created().Then(new ReleaseOrder(1)).Then(new StartOrder()).Then(command);

        Assert.IsType<Decision<OrderEvent>.Duplicate>(order.Decide(command, SamplePlant.Now));
        Assert.Equal(new OperationTally(0, 1), order.Operations["aoi"]);
    }

    [Fact]
    public void Yield_per_operation_is_passed_over_completed()
    {
        var order = Created().Then(new ReleaseOrder(1)).Then(new StartOrder());
        for (var i = 0; i < 4; i++)
        {
            order = order.Then(new CountOperationResult($"r{i}", $"PO-1-0000{i}", "aoi", Passed: i != 0, UnitFinished: false));
        }

        // 3 passed of 4 completed.
        Assert.Equal(0.75m, order.Operations["aoi"].Yield);
    }

    private static ProductionOrder Created(int quantity = 10)
    {
        var decision = ProductionOrder.Create(new CreateOrder("PO-1", "GW-100", "smt-01", quantity, Due, false, null), SamplePlant.MasterData, SamplePlant.Now);
        return ProductionOrder.From(Assert.IsType<OrderCreated>(Assert.Single(decision.EventsToApply)));
    }
}

internal static class OrderSteps
{
    public static ProductionOrder Then(this ProductionOrder order, OrderCommand command) =>
        Assert.IsType<Decision<OrderEvent>.Accepted>(order.Decide(command, SamplePlant.Now)).Events.Aggregate(order, (o, e) => o.Apply(e));
}
