using System.Net;
using System.Text.Json;
using Grpc.Core;
using Mes.Gateway.Api.V1;

namespace Mes.EndToEnd.Tests.Production;

[Collection(ProductionGatewayCollection.Name)]
public sealed class TraceApiTests(RunningSystem system)
{
    private readonly ScriptedTerminal script = new(system.Channel, system.Admin);

    private Trace.TraceClient Trace => new(system.Channel);

    [Fact]
    public async Task The_recall_list_of_a_reel_names_the_units_that_used_it_their_order_and_shipment()
    {
        var orderNo = await script.ReleasedOrder(quantity: 2);
        var reels = await script.SetUpLine(orderNo);
        var serials = await script.MoveUnits(orderNo, 2);
        await script.Production.ShipUnitAsync(new ShipUnitRequest { RequestId = ScriptedTerminal.Request(), Serial = serials[0], ShipmentNo = "SH-E2E-1" }, system.Admin);

        var recall = await Trace.ForwardAsync(new ForwardRequest { LotNo = reels[("smt-01-placer-1", "1")] }, system.Admin);

        Assert.Equal(serials.Order(), recall.Units.Select(u => u.Serial).Order());
        Assert.Equal([orderNo], recall.Orders);
        Assert.Equal(["SH-E2E-1"], recall.Shipments);
    }

    [Fact]
    public async Task The_genealogy_of_a_unit_over_json_lists_its_reels_with_quantities()
    {
        var orderNo = await script.ReleasedOrder(quantity: 1);
        var reels = await script.SetUpLine(orderNo);
        var serial = (await script.MoveUnits(orderNo, 1))[0];

        using var response = await system.GetAsync($"/v1/units/{serial}/genealogy");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var lots = json.RootElement.GetProperty("lots").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(reels.Count, lots.Count);
        Assert.Contains(lots, l => l.GetProperty("lotNo").GetString() == reels[("smt-01-printer", "paste")] && l.GetProperty("quantity").GetString() == "1.8");
    }

    [Fact]
    public async Task The_genealogy_of_a_serial_no_order_gave_out_is_not_found()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Trace.BackwardAsync(new BackwardRequest { Serial = "SN-NEVER-ISSUED" }, system.Admin));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("unit", error.GetRpcStatus()!.GetDetail<Google.Rpc.ResourceInfo>().ResourceType);
    }

    [Fact]
    public async Task A_lot_number_with_characters_no_label_carries_is_refused_as_invalid()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Trace.ForwardAsync(new ForwardRequest { LotNo = "reel #7" }, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("lot_no", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
    }
}
