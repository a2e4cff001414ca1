using Mes.Domain.Production.Genealogy;
using Mes.Domain.Production.Units;

namespace Mes.Domain.Tests.Production.Genealogy;

public sealed class GenealogyViewsTests
{
    private static readonly DateTimeOffset T0 = SamplePlant.Now;

    // A gateway board GW-1 built from paste lot LOT-P and MCU reel LOT-MCU; a second board GW-2 from the same
    // paste; a boxed kit KIT-1 (order PO-K) into which GW-1 was fitted as a serialised component.
    private static readonly OperationRecord[] Records =
    [
        Record("GW-1", "PO-1", "print", "smt-01-printer", "B1001", [Lot("paste", "LOT-P", "SP-SAC305", 0.85m)]),
        Record("GW-1", "PO-1", "place-2", "smt-01-placer-2", "B1001", [Lot("1", "LOT-MCU", "IC-MCU-STM32", 1m)]),
        Record("GW-2", "PO-1", "print", "smt-01-printer", "B1001", [Lot("paste", "LOT-P", "SP-SAC305", 0.85m)]),
        Record("KIT-1", "PO-K", "pack", "smt-01-pack", "B1003", [Lot("bin-1", "LOT-RJ", "CONN-RJ45", 1m)], ["GW-1"]),
    ];

    [Fact]
    public void Backward_from_a_unit_lists_every_lot_with_its_slot_and_quantity_and_the_stations_and_operators()
    {
        var trace = GenealogyViews.Backward("GW-1", Records);

        Assert.Equal(["LOT-P", "LOT-MCU"], trace.Lots.Select(l => l.LotNo));
        Assert.Equal(("paste", 0.85m), (trace.Lots[0].Slot, trace.Lots[0].Quantity));
        Assert.Equal(["smt-01-printer", "smt-01-placer-2"], trace.Workstations);
        Assert.Equal(["B1001"], trace.Operators);
    }

    [Fact]
    public void Backward_from_a_kit_follows_its_component_serial_to_the_components_lots()
    {
        var trace = GenealogyViews.Backward("KIT-1", Records);

        Assert.Equal(["GW-1"], trace.ComponentSerials);
        Assert.Equal(["LOT-RJ", "LOT-P", "LOT-MCU"], trace.Lots.Select(l => l.LotNo));
    }

    [Fact]
    public void Forward_from_a_lot_lists_every_unit_that_used_it_with_its_order_and_shipment()
    {
        var trace = GenealogyViews.Forward("LOT-P", Records, [new UnitShipment("KIT-1", "SHP-77")]);

        Assert.Equal(
            [("GW-1", "PO-1", null, null), ("GW-2", "PO-1", null, null), ("KIT-1", "PO-K", "SHP-77", "GW-1")],
            trace.Units.Select(u => (u.Serial, u.OrderNo, u.ShipmentNo, u.Via)));
        Assert.Equal(["PO-1", "PO-K"], trace.Orders);
        Assert.Equal(["SHP-77"], trace.Shipments);
    }

    [Fact]
    public void Forward_from_a_lot_nobody_used_is_empty()
    {
        Assert.Empty(GenealogyViews.Forward("LOT-NONE", Records, []).Units);
    }

    private static ConsumedLot Lot(string slot, string lotNo, string partNo, decimal quantity) =>
        new(slot, lotNo, partNo, quantity, QuantitySource.BomQtyPer);

    private static OperationRecord Record(
        string serial, string orderNo, string operationId, string workstationId, string badge, ConsumedLot[] lots, string[]? components = null) =>
        new(serial, orderNo, "GW-100", operationId, workstationId, badge, T0, T0.AddSeconds(30), OperationResult.Pass, [], [],
            lots, components ?? [], $"{serial}-{operationId}", UnitStatus.InProcess);
}
