using System.Net;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mes.Gateway.Api.V1;

namespace Mes.EndToEnd.Tests.Production;

[Collection(ProductionGatewayCollection.Name)]
public sealed class PerformanceApiTests(RunningSystem system)
{
    private static readonly DateTimeOffset From = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private Performance.PerformanceClient Performance => new(system.Channel);

    [Fact]
    public async Task A_lines_oee_names_its_constraint_and_shows_the_basis_of_every_machine()
    {
        var line = await Performance.GetLineOeeAsync(new LineOeeRequest
        {
            LineId = "smt-01", From = Timestamp.FromDateTimeOffset(From), To = Timestamp.FromDateTimeOffset(From.AddHours(12)),
        }, system.Admin);

        Assert.Equal("smt-01-placer-1", line.ConstraintWorkstationId);
        Assert.Equal("28", line.Workstations.Single(w => w.WorkstationId == "smt-01-placer-1").Basis.IdealCycleSeconds);
        Assert.DoesNotContain(line.Workstations, w => w.WorkstationId == "smt-01-rework");
    }

    [Fact]
    public async Task A_shifts_oee_over_json_covers_the_shift_of_the_plant_calendar()
    {
        using var response = await system.GetAsync("/v1/lines/smt-01/shifts/2026-06-01/night/oee");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero), json.RootElement.GetProperty("from").GetDateTimeOffset());
        Assert.Equal("night", json.RootElement.GetProperty("shift").GetString());
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_refused_as_invalid_naming_the_end()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Performance.GetWorkstationOeeAsync(new WorkstationOeeRequest
        {
            WorkstationId = "smt-01-printer", From = Timestamp.FromDateTimeOffset(From), To = Timestamp.FromDateTimeOffset(From.AddHours(-1)),
        }, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("to", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
    }

    [Fact]
    public async Task A_manual_station_has_no_oee_and_says_why()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Performance.GetWorkstationOeeAsync(new WorkstationOeeRequest
        {
            WorkstationId = "smt-01-rework", From = Timestamp.FromDateTimeOffset(From), To = Timestamp.FromDateTimeOffset(From.AddHours(1)),
        }, system.Admin));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("NO_MACHINE", error.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>().Violations[0].Type);
    }

    [Fact]
    public async Task A_downtime_reported_at_a_terminal_shows_in_the_lines_downtime_pareto_over_json()
    {
        var script = new ScriptedTerminal(system.Channel, system.Admin);
        var status = await script.Terminal.GetWorkstationStatusAsync(new GetWorkstationStatusRequest { WorkstationId = "smt-01-rework" }, system.Admin);
        if (status.Operator is { } other && other.Badge != "B1004")
        {
            await script.Terminal.LogOutAsync(new LogOutRequest { WorkstationId = "smt-01-rework", RequestId = ScriptedTerminal.Request() }, system.Admin);
        }

        await script.Terminal.LogInAsync(new LogInRequest { WorkstationId = "smt-01-rework", RequestId = ScriptedTerminal.Request(), Badge = "B1004" }, system.Admin);
        await script.Terminal.ReportDowntimeAsync(new ReportDowntimeRequest { WorkstationId = "smt-01-rework", RequestId = ScriptedTerminal.Request(), ReasonCode = "QH" }, system.Admin);
        var window = $"from={DateTimeOffset.UtcNow.AddHours(-1):O}&to={DateTimeOffset.UtcNow.AddMinutes(5):O}".Replace("+", "%2B", StringComparison.Ordinal);

        using var response = await system.GetAsync($"/v1/lines/smt-01/downtime-pareto?{window}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var losses = json.RootElement.GetProperty("losses").EnumerateArray().ToList();
        var hold = losses.Single(c => c.GetProperty("cause").GetString() == "QH");
        Assert.Equal(("Quality hold", "smt-01-rework", true), (hold.GetProperty("description").GetString(),
            hold.GetProperty("workstationIds")[0].GetString(), hold.GetProperty("includesOpen").GetBoolean()));
        Assert.Equal("1", losses[^1].GetProperty("cumulativeShare").GetString());
    }

    [Fact]
    public async Task A_downtime_pareto_window_that_ends_before_it_starts_is_refused_as_invalid_naming_the_end()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Performance.GetDowntimeParetoAsync(new DowntimeParetoRequest
        {
            LineId = "smt-01", From = Timestamp.FromDateTimeOffset(From), To = Timestamp.FromDateTimeOffset(From),
        }, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("to", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
    }

    [Fact]
    public async Task A_downtime_pareto_without_a_start_is_refused_as_invalid_naming_the_start()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Performance.GetDowntimeParetoAsync(new DowntimeParetoRequest
        {
            LineId = "smt-01", To = Timestamp.FromDateTimeOffset(From),
        }, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("from", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
    }

    [Fact]
    public async Task A_production_day_that_is_not_a_date_is_refused_as_invalid()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Performance.GetShiftOeeAsync(
            new ShiftOeeRequest { LineId = "smt-01", ProductionDay = "1 June", Shift = "day" }, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("production_day", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
    }
}
