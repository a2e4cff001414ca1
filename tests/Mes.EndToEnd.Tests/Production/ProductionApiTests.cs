using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mes.Gateway.Api.V1;
using Mes.Testing;

namespace Mes.EndToEnd.Tests.Production;

[Collection(ProductionGatewayCollection.Name)]
public sealed class ProductionApiTests(RunningSystem system)
{
    private readonly ScriptedTerminal script = new(system.Channel, system.Admin);

    private Gateway.Api.V1.Production.ProductionClient Production => script.Production;

    [Fact]
    public async Task An_order_created_over_json_is_read_back_over_grpc_and_listed()
    {
        var orderNo = ScriptedTerminal.NewId("PO");

        using var created = await system.Http.PostAsJsonAsync(new Uri("/v1/orders", UriKind.Relative), new
        {
            requestId = ScriptedTerminal.Request(), orderNo, productNo = "GW-100", lineId = "smt-01", quantity = 3, dueDate = "2027-01-15T00:00:00Z",
        });
        var read = await Production.GetOrderAsync(new GetOrderRequest { OrderNo = orderNo }, system.Admin);
        var listed = await Production.ListOrdersAsync(new ListOrdersRequest { LineId = "smt-01", Status = "Created", Limit = 500 }, system.Admin);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal((3, "Created"), (read.Quantity, read.Status));
        Assert.Contains(listed.Orders, o => o.OrderNo == orderNo);
    }

    [Fact]
    public async Task Serials_issued_twice_under_one_request_id_are_the_same_serials()
    {
        var orderNo = await script.ReleasedOrder(quantity: 5);
        var issue = new IssueSerialsRequest { RequestId = ScriptedTerminal.Request(), OrderNo = orderNo, Count = 2 };

        var first = await Production.IssueSerialsAsync(issue, system.Admin);
        var retry = await Production.IssueSerialsAsync(issue, system.Admin);

        Assert.Equal(first.Serials, retry.Serials);
        Assert.Equal(2, retry.Order.SerialCount);
    }

    [Fact]
    public async Task An_order_of_no_units_is_refused_as_invalid_naming_the_quantity()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Production.CreateOrderAsync(new CreateOrderRequest
        {
            RequestId = ScriptedTerminal.Request(), OrderNo = ScriptedTerminal.NewId("PO"), ProductNo = "GW-100", LineId = "smt-01", Quantity = 0,
            DueDate = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        }, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("quantity", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
    }

    [Fact]
    public async Task Closing_an_order_that_is_not_completed_is_refused_by_the_rule()
    {
        var orderNo = await script.ReleasedOrder(quantity: 1);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Production.CloseOrderAsync(new OrderStepRequest { RequestId = ScriptedTerminal.Request(), OrderNo = orderNo }, system.Admin));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("ORDER_STATE_FORBIDS", error.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>().Violations[0].Type);
    }

    [Fact]
    public async Task A_malformed_master_data_file_is_refused_naming_file_row_and_field_and_the_current_version_stays()
    {
        var before = await Production.GetMasterDataVersionAsync(new GetMasterDataVersionRequest(), system.Admin);
        var files = SampleFiles();
        files.Remove("materials.json");
        files["materials.csv"] = "partNo,description,unit,msdLevel\nCAP-0402-100N,Capacitor,pcs,1\nRES-0402-10K,Resistor,pcs,7\n";

        using var response = await system.Http.PostAsJsonAsync(new Uri("/v1/master-data", UriKind.Relative), new { requestId = ScriptedTerminal.Request(), files });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var violations = json.RootElement.GetProperty("details")[0].GetProperty("fieldViolations");
        var after = await Production.GetMasterDataVersionAsync(new GetMasterDataVersionRequest(), system.Admin);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(violations.EnumerateArray(), v => v.GetProperty("field").GetString() == "materials.csv[row 3].msdLevel");
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Master_data_imported_through_the_api_becomes_the_current_version()
    {
        var request = new ImportMasterDataRequest { RequestId = ScriptedTerminal.Request() };
        request.Files.Add(SampleFiles());

        var imported = await Production.ImportMasterDataAsync(request, system.Admin);
        using var current = await system.GetAsync("/v1/master-data");
        using var json = JsonDocument.Parse(await current.Content.ReadAsStringAsync());

        Assert.Equal("api", imported.Source);
        Assert.Equal(imported.Version, json.RootElement.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_lot_number_registered_again_as_another_part_already_exists()
    {
        var lotNo = await script.Reel("CAP-0402-100N");

        var error = await Assert.ThrowsAsync<RpcException>(async () => await Production.RegisterLotAsync(
            new RegisterLotRequest { RequestId = ScriptedTerminal.Request(), LotNo = lotNo, PartNo = "RES-0402-10K", Quantity = "10" }, system.Admin));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal(lotNo, error.GetRpcStatus()!.GetDetail<Google.Rpc.ResourceInfo>().ResourceName);
    }

    [Fact]
    public async Task A_lot_quantity_that_is_not_a_number_is_refused_as_invalid()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Production.RegisterLotAsync(
            new RegisterLotRequest { RequestId = ScriptedTerminal.Request(), LotNo = ScriptedTerminal.NewId("R"), PartNo = "CAP-0402-100N", Quantity = "lots" }, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("quantity", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
    }

    [Fact]
    public async Task A_bonded_lot_keeps_its_customs_document_line()
    {
        var lotNo = ScriptedTerminal.NewId("R");

        var lot = await Production.RegisterLotAsync(new RegisterLotRequest
        {
            RequestId = ScriptedTerminal.Request(), LotNo = lotNo, PartNo = "IC-PHY-ETH", Quantity = "490.5",
            Bonded = new BondedOrigin { CustomsItemNo = "12", SourceDocumentLine = "QD-2026-000123/4" },
        }, system.Admin);

        Assert.Equal(("490.5", "QD-2026-000123/4", "3"), (lot.Quantity, lot.Bonded.SourceDocumentLine, lot.Moisture.MsdLevel));
    }

    [Fact]
    public async Task A_page_larger_than_the_limit_is_refused_as_invalid()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Production.ListOrdersAsync(new ListOrdersRequest { Limit = 1000 }, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    private static Dictionary<string, string> SampleFiles() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "samples", "plant"), "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
}
