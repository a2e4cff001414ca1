using Mes.Gateway.Api.V1;
using Mes.Resilience.Tests.SiloCrash;
using Mes.Testing;

namespace Mes.Resilience.Tests.PlcOutage;

/// <summary>
/// The PLC simulator process killed and started again, seen where a supervisor sees it: the line view of the gateway.
/// Runs on the cluster the silo crash left behind (the agent on the surviving silo).
/// </summary>
[Collection(SiloCrashCollection.Name)]
public sealed class PlcOutageTests(SiloCrashScenario scenario)
{
    [Fact]
    public async Task A_killed_PLC_shows_disconnected_on_the_line_view_and_reconnects_by_itself()
    {
        var dashboard = new Dashboard.DashboardClient(scenario.Cluster.Gateway.Connection.Channel);
        async Task<string?> PrinterLink() =>
            (await dashboard.GetLineAsync(new GetLineRequest { LineId = "smt-01" }, scenario.Cluster.Gateway.Admin))
                .Workstations.Single(w => w.WorkstationId == "smt-01-printer").Machine?.Link?.State;
        await Eventually.True(async () => await PrinterLink() == "Connected", TimeSpan.FromMinutes(2), "the printer's machine link before the outage");

        scenario.Simulator.Kill();
        await Eventually.True(async () => await PrinterLink() == "Disconnected", TimeSpan.FromMinutes(1), "the line view to show the machine disconnected");
        await scenario.Simulator.RestartAsync();

        await Eventually.True(async () => await PrinterLink() == "Connected", TimeSpan.FromMinutes(2), "the line view to show the machine connected again",
            () => scenario.Simulator.Output);
    }
}
