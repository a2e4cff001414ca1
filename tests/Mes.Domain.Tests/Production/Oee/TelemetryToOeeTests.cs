using Mes.Domain.Production.Machines;
using Mes.Domain.Production.Oee;
using Mes.Domain.Production.Workstations;
using Mes.Domain.Tests.Production.Workstations;

namespace Mes.Domain.Tests.Production.Oee;

public sealed class TelemetryToOeeTests
{
    private const string Placer = "smt-01-placer-1";

    [Fact]
    public void An_hour_of_placer_telemetry_folds_into_the_oee_the_screens_show()
    {
        var map = new EquipmentNodeMap(SamplePlant.MasterData.Equipment);
        var t0 = SamplePlant.Now;
        MachineSignal Signal(int minute, string variable, object value) => map.Decode($"{Placer}.{variable}", value, t0.AddMinutes(minute)).Signal!;

        var fold = WorkstationSetup.New(Placer).Fold(
        [
            Signal(0, "State", "Execute"), Signal(0, "TotalCount", 500L), Signal(0, "GoodCount", 495L),
            Signal(30, "TotalCount", 560L), Signal(30, "GoodCount", 554L),
            Signal(30, "State", "Stopped"), Signal(30, "AlarmActive", true), Signal(30, "AlarmCode", "E-NOZZLE"),
            Signal(42, "State", "Execute"), Signal(42, "AlarmActive", false),
            Signal(60, "TotalCount", 596L), Signal(60, "GoodCount", 590L),
        ]);
        var now = t0.AddMinutes(60);
        var intervals = fold.Events.OfType<StateIntervalClosed>().Select(e => e.Interval)
            .Append(fold.Workstation.OpenInterval(now)!);

        var oee = OeeCalculator.ForWorkstation(Placer, t0, now.AddTicks(1), intervals, fold.Events.OfType<CountsAdvanced>(), 28m).Figures;

        // run = 30 + 18 = 48 min = 2880 s; planned = 60 min = 3600 s (12 min unscheduled down)
        // total = 596 − 500 = 96, good = 590 − 495 = 95
        // availability = 2880/3600 = 0.8; performance = 28 × 96 / 2880 = 0.9333; quality = 95/96 = 0.9896
        // OEE = 28 × 95 / 3600 = 0.7389
        Assert.Equal((TimeSpan.FromMinutes(48), 96L, 95L), (oee.RunTime, oee.TotalCount, oee.GoodCount));
        Assert.Equal((0.8m, 0.9333m, 0.9896m, 0.7389m),
            (oee.Availability, Math.Round(oee.Performance, 4), Math.Round(oee.Quality, 4), Math.Round(oee.Oee, 4)));
        Assert.Equal("E-NOZZLE", fold.Events.OfType<DowntimeEnded>().Single().Downtime.AlarmCode);
    }
}
