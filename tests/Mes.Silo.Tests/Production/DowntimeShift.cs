using Mes.Contracts.Production.Telemetry;
using Mes.Contracts.Production.Workstations;

namespace Mes.Silo.Tests.Production;

/// <summary>
/// A production silo where the sample line has had some downtime: reported at terminals and detected from
/// machine telemetry, played once and read by every test of the class.
/// <list type="bullet">
/// <item>printer: jams with alarm E-21 at <see cref="Start"/>+10 min; the operator reports JAM while it is
/// down; runs again at +18 (8 min).</item>
/// <item>spi: jams with E-07 at +5, runs at +17; NOZ is reported only after that (12 min).</item>
/// <item>placer-2: jams with E-33 "Feeder empty" at +20, runs at +26; no reason (6 min).</item>
/// <item>reflow: the operator reports MAT while the oven looks fine; still open.</item>
/// <item>pack: the operator reports PM (preventive maintenance); still open.</item>
/// </list>
/// </summary>
public sealed class DowntimeShift : IAsyncLifetime
{
    /// <summary>The first telemetry, two hours before the test run, to the minute.</summary>
    public static readonly DateTimeOffset Start = new(DateTimeOffset.UtcNow.AddHours(-2).Ticks / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute, TimeSpan.Zero);

    /// <summary>The silo.</summary>
    public ProductionSilo Plant { get; } = new();

    public async Task InitializeAsync()
    {
        await Plant.InitializeAsync();
        var floor = Plant.Floor;
        var printer = new SimulatedMachine("smt-01-printer");
        await Telemetry(floor, printer.Running(Start), printer.Jammed(Start.AddMinutes(10), "E-21", "Squeegee pressure"));
        await Report(floor, "smt-01-printer", "JAM");
        await Telemetry(floor, printer.Running(Start.AddMinutes(18)));

        var spi = new SimulatedMachine("smt-01-spi");
        await Telemetry(floor, spi.Running(Start), spi.Jammed(Start.AddMinutes(5), "E-07", "Nozzle vacuum"), spi.Running(Start.AddMinutes(17)));
        await Report(floor, "smt-01-spi", "NOZ");

        var placer = new SimulatedMachine("smt-01-placer-2");
        await Telemetry(floor, placer.Running(Start), placer.Jammed(Start.AddMinutes(20), "E-33", "Feeder empty"), placer.Running(Start.AddMinutes(26)));

        await Report(floor, "smt-01-reflow", "MAT");
        await Report(floor, "smt-01-pack", "PM");
    }

    public Task DisposeAsync() => Plant.DisposeAsync();

    private static async Task Telemetry(ShopFloor floor, params TelemetryBatch[] batches)
    {
        foreach (var batch in batches)
        {
            await floor.Station(batch.WorkstationId).ApplyTelemetry(batch);
        }
    }

    private static async Task Report(ShopFloor floor, string workstationId, string reason)
    {
        var station = floor.Station(workstationId);
        ShopFloor.Succeeded(await station.LogIn(new LogInRequest(ShopFloor.Request(), ShopFloor.Supervisor)));
        ShopFloor.Succeeded(await station.ReportDowntime(new ReportDowntimeRequest(ShopFloor.Request(), reason)));
    }
}
