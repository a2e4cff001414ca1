using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Mes.Gateway.Api.V1;

namespace Mes.EndToEnd.Tests.Production;

[Collection(ProductionGatewayCollection.Name)]
public sealed class TerminalApiTests(RunningSystem system)
{
    private readonly ScriptedTerminal script = new(system.Channel, system.Admin);

    [Fact]
    public async Task A_scripted_terminal_moves_units_through_the_whole_route_and_the_order_counts_them_finished()
    {
        var orderNo = await script.ReleasedOrder(quantity: 2);
        await script.SetUpLine(orderNo);

        var serials = await script.MoveUnits(orderNo, 2);
        var order = await script.Production.GetOrderAsync(new GetOrderRequest { OrderNo = orderNo }, system.Admin);
        var unit = await script.Production.GetUnitAsync(new GetUnitRequest { Serial = serials[1] }, system.Admin);

        Assert.Equal((2, "InProgress"), (order.Finished, order.Status));
        Assert.Equal("Passed", unit.Status);
        Assert.Equal(8, unit.History.Count);
    }

    [Fact]
    public async Task A_unit_scanned_out_of_route_is_refused_as_a_failed_precondition_naming_the_rule_and_the_field()
    {
        var orderNo = await script.ReleasedOrder(quantity: 1);
        await script.SetUpLine(orderNo);
        var serial = (await script.Production.IssueSerialsAsync(new IssueSerialsRequest { RequestId = ScriptedTerminal.Request(), OrderNo = orderNo, Count = 1 }, system.Admin)).Serials[0];

        var error = await Assert.ThrowsAsync<RpcException>(() => script.Start(serial, script.Operation("reflow")));
        var violation = error.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>().Violations[0];

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal(("OUT_OF_ROUTE", "operation_id"), (violation.Type, violation.Subject));
        Assert.Contains("Solder-paste print", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_completion_sent_twice_with_one_request_id_records_the_operation_once()
    {
        var orderNo = await script.ReleasedOrder(quantity: 1);
        await script.SetUpLine(orderNo);
        var serial = (await script.Production.IssueSerialsAsync(new IssueSerialsRequest { RequestId = ScriptedTerminal.Request(), OrderNo = orderNo, Count = 1 }, system.Admin)).Serials[0];
        var print = script.Operation("print");
        await script.Start(serial, print);
        var completion = ScriptedTerminal.Passing(serial, print);

        var first = await script.Terminal.CompleteUnitAsync(completion, system.Admin);
        var again = await script.Terminal.CompleteUnitAsync(completion, system.Admin);
        var trace = await new Trace.TraceClient(system.Channel).BackwardAsync(new BackwardRequest { Serial = serial }, system.Admin);

        Assert.Equal(first.History, again.History);
        Assert.Single(trace.Operations);
    }

    [Fact]
    public async Task A_reel_of_the_wrong_part_is_refused_over_json_with_the_reason_and_the_slot_keeps_its_reel()
    {
        var orderNo = await script.ReleasedOrder(quantity: 1);
        var reels = await script.SetUpLine(orderNo);
        var wrong = await script.Reel("RES-0402-10K");

        using var response = await system.Http.PostAsJsonAsync(new Uri("/v1/workstations/smt-01-placer-1/slots/1/load", UriKind.Relative),
            new { requestId = ScriptedTerminal.Request(), lotNo = wrong });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var status = await script.Terminal.GetWorkstationStatusAsync(new GetWorkstationStatusRequest { WorkstationId = "smt-01-placer-1" }, system.Admin);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("WRONG_PART", json.RootElement.GetProperty("details")[0].GetProperty("violations")[0].GetProperty("type").GetString());
        Assert.Equal(reels[("smt-01-placer-1", "1")], status.Setup.Single(r => r.Slot == "1").LotNo);
    }

    [Fact]
    public async Task A_measurement_that_is_not_a_decimal_is_refused_as_invalid_naming_it()
    {
        var completion = new CompleteUnitRequest { WorkstationId = "smt-01-test", RequestId = ScriptedTerminal.Request(), Serial = "SN-ANY", Result = OperationResult.Pass };
        completion.Measurements.Add(new Measurement { Step = "supply-voltage", Value = "3,3" });

        var error = await Assert.ThrowsAsync<RpcException>(async () => await script.Terminal.CompleteUnitAsync(completion, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("measurements[0].value", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
    }

    [Fact]
    public async Task A_change_without_a_request_id_is_refused_as_invalid()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await script.Terminal.LogInAsync(new LogInRequest { WorkstationId = "smt-01-spi", Badge = "B1001" }, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("request_id", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
    }

    [Fact]
    public async Task A_workstation_the_master_data_does_not_name_is_not_found_with_the_resource_named()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await script.Terminal.GetWorkstationStatusAsync(new GetWorkstationStatusRequest { WorkstationId = "smt-09-nowhere" }, system.Admin));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal(("workstation", "smt-09-nowhere"), (error.GetRpcStatus()!.GetDetail<Google.Rpc.ResourceInfo>().ResourceType,
            error.GetRpcStatus()!.GetDetail<Google.Rpc.ResourceInfo>().ResourceName));
    }

    [Fact]
    public async Task Selecting_an_order_that_does_not_exist_is_not_found()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await script.Terminal.SelectOrderAsync(
            new SelectOrderRequest { WorkstationId = "smt-01-spi", RequestId = ScriptedTerminal.Request(), OrderNo = "PO-NEVER" }, system.Admin));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("order", error.GetRpcStatus()!.GetDetail<Google.Rpc.ResourceInfo>().ResourceType);
    }
}
