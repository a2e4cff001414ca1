using Mes.Contracts.Production;
using Mes.Contracts.Production.Genealogy;
using Mes.Contracts.Production.Units;
using Mes.Contracts.Production.Workstations;

namespace Mes.Silo.Tests.Production;

public sealed class GenealogyTests(ProductionSilo plant) : IClassFixture<ProductionSilo>
{
    private ShopFloor Floor => plant.Floor;

    private IGenealogyGrain Genealogy => plant.Grains.GetGrain<IGenealogyGrain>(0);

    [Fact]
    public async Task The_backward_trace_of_a_unit_lists_every_reel_it_consumed_slot_by_slot_with_the_quantity_and_its_source()
    {
        var orderNo = await Floor.ReleasedOrder();
        var reels = await Floor.SetUp(orderNo);
        var serial = (await Floor.Serials(orderNo, 1))[0];
        await Floor.PassUntil(serial);

        var trace = ShopFloor.Succeeded(await Genealogy.Backward(serial));

        Assert.Equal(reels.Values.Order(), trace.Lots.Select(l => l.LotNo).Order());
        Assert.Contains(new LotUse(reels[("smt-01-placer-1", "1")], "CAP-0402-100N", serial, "place-1", "smt-01-placer-1", "1", 24m, "BomQtyPer"), trace.Lots);
        Assert.Equal([ShopFloor.Supervisor], trace.Operators);
        Assert.Equal(8, trace.Operations.Count);
    }

    [Fact]
    public async Task The_recall_list_of_a_reel_names_every_unit_that_used_it_with_its_order_and_shipment()
    {
        var orderNo = await Floor.ReleasedOrder();
        var reels = await Floor.SetUp(orderNo);
        var serials = await Floor.Serials(orderNo, 2);
        foreach (var serial in serials)
        {
            await Floor.PassUntil(serial);
        }

        ShopFloor.Succeeded(await Floor.Unit(serials[0]).Ship(new ShipRequest(ShopFloor.Request(), "SH-2026-0042")));

        var recall = ShopFloor.Succeeded(await Genealogy.Forward(reels[("smt-01-placer-2", "1")]));

        Assert.Equal(serials.Order(), recall.Units.Select(u => u.Serial).Order());
        Assert.Equal([orderNo], recall.Orders);
        Assert.Equal(["SH-2026-0042"], recall.Shipments);
        Assert.Equal("SH-2026-0042", recall.Units.Single(u => u.Serial == serials[0]).ShipmentNo);
    }

    [Fact]
    public async Task A_reel_used_in_a_sub_assembly_reaches_the_unit_the_sub_assembly_was_fitted_into()
    {
        var componentOrder = await Floor.ReleasedOrder();
        var componentReels = await Floor.SetUp(componentOrder);
        var component = (await Floor.Serials(componentOrder, 1))[0];
        await Floor.Pass(component, "print");
        var orderNo = await Floor.ReleasedOrder();
        await Floor.SetUp(orderNo);
        var serial = (await Floor.Serials(orderNo, 1))[0];
        await Floor.PassUntil(serial, "pack");
        ShopFloor.Succeeded(await Floor.Start(serial, "pack"));
        ShopFloor.Succeeded(await Floor.Station("smt-01-pack").CompleteUnit(
            new CompleteUnitRequest(ShopFloor.Request(), serial, true, [], [], [component])));

        var recall = ShopFloor.Succeeded(await Genealogy.Forward(componentReels[("smt-01-printer", "board")]));
        var backward = ShopFloor.Succeeded(await Genealogy.Backward(serial));

        Assert.Contains(new RecalledUnit(serial, orderNo, "GW-100", null, component), recall.Units);
        Assert.Equal([component], backward.ComponentSerials);
        Assert.Contains(backward.Lots, l => l.LotNo == componentReels[("smt-01-printer", "board")] && l.Serial == component);
    }

    [Fact]
    public async Task The_backward_trace_of_a_serial_no_order_gave_out_is_not_found()
    {
        var refusal = ShopFloor.Refused(await Genealogy.Backward("SN-NEVER-ISSUED"));

        Assert.Equal((RefusalKind.NotFound, "unit"), (refusal.Kind, refusal.ResourceType));
    }

    [Fact]
    public async Task The_recall_list_of_a_lot_never_registered_is_not_found()
    {
        var refusal = ShopFloor.Refused(await Genealogy.Forward("R-NEVER-REGISTERED"));

        Assert.Equal((RefusalKind.NotFound, "lot"), (refusal.Kind, refusal.ResourceType));
    }
}
