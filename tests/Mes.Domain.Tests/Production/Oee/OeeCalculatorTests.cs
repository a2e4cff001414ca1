using CsCheck;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.Oee;
using Mes.Domain.Production.Workstations;

namespace Mes.Domain.Tests.Production.Oee;

public sealed class OeeCalculatorTests
{
    private const string Placer = "smt-01-placer-1";
    private static readonly DateTimeOffset T0 = SamplePlant.Now;

    [Fact]
    public void Workstation_oee_over_an_hour_matches_the_hand_computed_figures()
    {
        StateInterval[] intervals =
        [
            new(E10State.Productive, T0, T0.AddMinutes(40)),
            new(E10State.UnscheduledDown, T0.AddMinutes(40), T0.AddMinutes(50)),
            new(E10State.Standby, T0.AddMinutes(50), T0.AddMinutes(55)),
            new(E10State.ScheduledDown, T0.AddMinutes(55), T0.AddMinutes(60)),
        ];
        CountsAdvanced[] counts =
        [
            Count(SignalKind.TotalCount, 50, T0.AddMinutes(20)), Count(SignalKind.GoodCount, 48, T0.AddMinutes(20)),
            Count(SignalKind.TotalCount, 30, T0.AddMinutes(39)), Count(SignalKind.GoodCount, 28, T0.AddMinutes(39)),
            Count(SignalKind.TotalCount, 9, T0.AddMinutes(61)),
        ];

        var oee = OeeCalculator.ForWorkstation(Placer, T0, T0.AddHours(1), intervals, counts, 28m).Figures;

        // planned = productive 2400 s + unscheduled down 600 s + standby 300 s = 3300 s (scheduled down is not planned)
        // availability = 2400 / 3300 = 0.7273; performance = 28 s × 80 / 2400 s = 0.9333; quality = 76 / 80 = 0.95
        // OEE = 0.7273 × 0.9333 × 0.95 = 0.6448 (= 28 s × 76 good / 3300 s)
        Assert.Equal((TimeSpan.FromSeconds(3300), TimeSpan.FromSeconds(2400), 80L, 76L), (oee.PlannedTime, oee.RunTime, oee.TotalCount, oee.GoodCount));
        Assert.Equal((0.7273m, 0.9333m, 0.95m, 0.6448m),
            (Math.Round(oee.Availability, 4), Math.Round(oee.Performance, 4), Math.Round(oee.Quality, 4), Math.Round(oee.Oee, 4)));
    }

    [Fact]
    public void Shift_oee_counts_only_the_part_of_an_interval_inside_the_shift()
    {
        var day = SamplePlant.MasterData.ShiftCalendar().WindowAt(T0)!;
        StateInterval[] intervals = [new(E10State.Productive, day.End.AddHours(-1), day.End.AddHours(1))];
        CountsAdvanced[] counts =
        [
            Count(SignalKind.TotalCount, 100, day.End.AddMinutes(-30)), Count(SignalKind.GoodCount, 100, day.End.AddMinutes(-30)),
            Count(SignalKind.TotalCount, 100, day.End.AddMinutes(30)), Count(SignalKind.GoodCount, 100, day.End.AddMinutes(30)),
        ];

        var oee = OeeCalculator.ForShift(Placer, day, intervals, counts, 28m).Figures;

        // Only 11:00–12:00Z of the 11:00–13:00Z run is in the day shift (08:00–20:00 +08:00 = 00:00–12:00Z):
        // performance = 28 s × 100 / 3600 s = 0.7778.
        Assert.Equal((TimeSpan.FromHours(1), 100L), (oee.RunTime, oee.TotalCount));
        Assert.Equal(0.7778m, Math.Round(oee.Performance, 4));
    }

    [Fact]
    public void Line_oee_is_the_constraints_availability_and_performance_times_the_rolled_yield()
    {
        WorkstationOee[] stations =
        [
            new("smt-01-printer", T0, T0.AddHours(1), OeeFigures.From(TimeSpan.FromSeconds(3600), TimeSpan.FromSeconds(3000), 15m, 190, 190)),
            new(Placer, T0, T0.AddHours(1), OeeFigures.From(TimeSpan.FromSeconds(3600), TimeSpan.FromSeconds(3240), 28m, 110, 110)),
            new("smt-01-aoi", T0, T0.AddHours(1), OeeFigures.From(TimeSpan.FromSeconds(3600), TimeSpan.FromSeconds(1800), 14m, 110, 99)),
        ];

        var line = OeeCalculator.ForLine(stations);

        // constraint = placer-1 (28 s, the longest ideal cycle): availability 3240 / 3600 = 0.9,
        // performance 28 × 110 / 3240 = 0.9506; rolled yield = 1 × 1 × 99/110 = 0.9
        // line OEE = 0.9 × 0.9506 × 0.9 = 0.77
        Assert.Equal(Placer, line.ConstraintWorkstationId);
        Assert.Equal((0.9m, 0.9m, 0.77m), (line.Availability, line.Quality, Math.Round(line.Oee, 4)));
    }

    [Fact]
    public void A_machine_faster_than_its_ideal_cycle_time_is_capped_at_100_percent_performance_and_flagged()
    {
        var oee = OeeFigures.From(TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(100), 28m, 5, 5);

        // 28 s × 5 = 140 s of ideal time in 100 s of running: the master data's ideal cycle time is too slow.
        Assert.Equal((1m, true), (oee.Performance, oee.PerformanceCapped));
    }

    [Fact]
    public void Every_factor_lies_between_0_and_1_and_their_product_is_the_oee()
    {
        Inputs.Sample((planned, run, ideal, total, good) =>
        {
            var oee = OeeFigures.From(TimeSpan.FromSeconds(planned), TimeSpan.FromSeconds(run), ideal, total, good);

            Assert.InRange(oee.Availability, 0m, 1m);
            Assert.InRange(oee.Performance, 0m, 1m);
            Assert.InRange(oee.Quality, 0m, 1m);
            Assert.Equal(oee.Availability * oee.Performance * oee.Quality, oee.Oee);
        });
    }

    [Fact]
    public void Uncapped_oee_equals_ideal_time_of_the_good_units_over_planned_time()
    {
        Inputs.Sample((planned, run, ideal, total, good) =>
        {
            var oee = OeeFigures.From(TimeSpan.FromSeconds(planned), TimeSpan.FromSeconds(run), ideal, total, good);
            if (oee.PerformanceCapped || run == 0 || total == 0)
            {
                return;
            }

            Assert.InRange(oee.Oee - ideal * good / planned, -1e-20m, 1e-20m);
        });
    }

    private static Gen<(int Planned, int Run, decimal Ideal, int Total, int Good)> Inputs =>
        from planned in Gen.Int[1, 86_400]
        from run in Gen.Int[0, planned]
        from tenths in Gen.Int[1, 600]
        from total in Gen.Int[0, 20_000]
        from good in Gen.Int[0, total]
        select (planned, run, tenths / 10m, total, good);

    private static CountsAdvanced Count(SignalKind counter, long delta, DateTimeOffset at) =>
        new(Placer, counter, null, delta, 0, CounterDiscontinuity.None, at);
}
