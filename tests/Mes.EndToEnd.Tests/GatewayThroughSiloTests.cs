using System.Net;
using System.Text.Json;
using Grpc.Core;
using Mes.Gateway.Api.V1;

namespace Mes.EndToEnd.Tests;

public sealed class GatewayThroughSiloTests(RunningSystem system) : IClassFixture<RunningSystem>
{
    [Fact]
    public async Task A_workstation_of_the_sample_plant_reads_the_same_over_grpc_and_json()
    {
        var read = await new Plant.PlantClient(system.Channel).GetWorkstationAsync(new GetWorkstationRequest { WorkstationId = "smt-01-reflow" }, system.Admin);
        using var response = await system.GetAsync("/v1/workstations/smt-01-reflow");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("Reflow oven, 8 zones", "reflow", "smt-01"), (read.Name, read.WorkstationType, read.LineId));
        Assert.Equal(read.Name, json.RootElement.GetProperty("name").GetString());
        Assert.Equal(read.MasterDataVersion, json.RootElement.GetProperty("masterDataVersion").GetInt32());
    }

    [Fact]
    public async Task An_unknown_workstation_is_not_found_with_the_resource_named()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await new Plant.PlantClient(system.Channel).GetWorkstationAsync(new GetWorkstationRequest { WorkstationId = "smt-09-nowhere" }, system.Admin));

        var detail = error.GetRpcStatus()!.GetDetail<Google.Rpc.ResourceInfo>();
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("smt-09-nowhere", detail.ResourceName);
    }

    [Fact]
    public async Task A_malformed_workstation_id_is_refused_naming_the_field_in_grpc_and_json()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await new Plant.PlantClient(system.Channel).GetWorkstationAsync(new GetWorkstationRequest { WorkstationId = "Not An Id" }, system.Admin));
        using var response = await system.GetAsync("/v1/workstations/Not_An_Id");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("workstation_id", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("workstation_id", json.RootElement.GetProperty("details")[0].GetProperty("fieldViolations")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task The_gateway_metrics_are_refused_to_a_caller_without_credentials()
    {
        using var response = await system.Anonymous.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_gateway_exposes_prometheus_metrics_including_orleans_client_meters_to_an_admin()
    {
        using var response = await system.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("orleans", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration", text, StringComparison.Ordinal);
    }
}
