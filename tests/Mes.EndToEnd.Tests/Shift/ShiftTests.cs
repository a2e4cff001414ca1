using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Mes.EndToEnd.Tests.Production;
using Mes.Gateway.Api.V1;
using Mes.Testing;

namespace Mes.EndToEnd.Tests.Shift;

/// <summary>
/// A shift on the sample line with every real part: the simulator produces and its telemetry flows into the
/// workstations; an operator badges in at each workstation's terminal, loads reels and moves twenty units
/// through the route; the RPCs a plant manager reads then show the counts, OEE and genealogy of what was done.
/// </summary>
[Collection(ShiftCollection.Name)]
public sealed class ShiftTests(ShiftSystem plant)
{
    private const string Badge = "B1004";
    private const int Units = 20;

    [Fact]
    public async Task Twenty_units_moved_through_the_route_show_in_counts_oee_and_genealogy()
    {
        var startedAt = DateTimeOffset.UtcNow;
        var terminal = await plant.TerminalFor(Badge);
        var route = terminal.Route;
        await Eventually.True(async () => (await Line()).Workstations.Any(t => t.Machine.Link?.State == "Connected" && t.Machine.TotalCount > 0),
            TimeSpan.FromMinutes(2), "the simulator's counts to reach the line view", () => plant.SiloOutput);

        var orderNo = await terminal.ReleasedOrder(Units);
        var reels = await terminal.SetUpLine(orderNo);
        var serials = await terminal.MoveUnits(orderNo, Units);
        var completed = await terminal.Production.CompleteOrderAsync(new OrderStepRequest { RequestId = ScriptedTerminal.Request(), OrderNo = orderNo }, plant.Admin);

        // Counts: the order knows every unit passed every operation of the route.
        Assert.Equal("Completed", completed.Status);
        Assert.Equal(Units, completed.Finished);
        Assert.Equal(route.MainSequence.Select(o => (o.Id, Units, 0, "1")), completed.Operations.Select(o => (o.OperationId, o.Passed, o.Failed, o.Yield)));

        // Genealogy backward: each unit went through every station, by the operator who badged in, from the reels loaded.
        var trace = await new Trace.TraceClient(plant.Channel).BackwardAsync(new BackwardRequest { Serial = serials[^1] }, plant.Admin);
        Assert.Equal(route.MainSequence.Select(o => o.WorkstationId).Distinct().Order(), trace.Workstations.Order());
        Assert.Equal([Badge], trace.Operators);
        Assert.Equal(reels.Values.Order(), trace.Lots.Select(l => l.LotNo).Distinct().Order());

        // Genealogy forward: the recall list of a placer reel is exactly the order's twenty units.
        var placerReel = reels.First(r => r.Key.Workstation == "smt-01-placer-1").Value;
        var recall = await new Trace.TraceClient(plant.Channel).ForwardAsync(new ForwardRequest { LotNo = placerReel }, plant.Admin);
        Assert.Equal(serials.Order(), recall.Units.Select(u => u.Serial).Order());
        Assert.Equal([orderNo], recall.Orders);

        // OEE: the machine's own counts, from its telemetry, with each factor's inputs; one number on every screen.
        var window = new WorkstationOeeRequest
        {
            WorkstationId = "smt-01-printer", From = Timestamp.FromDateTimeOffset(startedAt), To = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        };
        var oee = await new Performance.PerformanceClient(plant.Channel).GetWorkstationOeeAsync(window, plant.Admin);
        var again = await new Performance.PerformanceClient(plant.Channel).GetWorkstationOeeAsync(window, plant.Admin);
        Assert.True(oee.Basis.TotalCount > 0, $"the printer's OEE counted no board: {oee}");
        Assert.InRange(oee.Basis.GoodCount, 0, oee.Basis.TotalCount);
        Assert.Equal(Product(oee.Factors.Availability, oee.Factors.Performance, oee.Factors.Quality), decimal.Parse(oee.Factors.Oee, CultureInfo.InvariantCulture));
        Assert.Equal(oee.Factors, again.Factors);
    }

    private async Task<LineView> Line() =>
        await new Dashboard.DashboardClient(plant.Channel).GetLineAsync(new GetLineRequest { LineId = "smt-01" }, plant.Admin);

    private static decimal Product(params string[] factors) =>
        factors.Select(f => decimal.Parse(f, CultureInfo.InvariantCulture)).Aggregate(1m, (a, b) => a * b);
}
