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
    public async Task A_production_day_that_is_not_a_date_is_refused_as_invalid()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Performance.GetShiftOeeAsync(
            new ShiftOeeRequest { LineId = "smt-01", ProductionDay = "1 June", Shift = "day" }, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("production_day", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
    }
}
