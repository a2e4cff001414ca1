using CsCheck;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.Oee;
using Mes.Domain.Production.Workstations;
using Mes.Domain.Tests.Production.Workstations;

namespace Mes.Domain.Tests.Production.Oee;

public sealed class DowntimeParetoTests
{
    private const string Printer = "smt-01-printer";
    private const string Placer = "smt-01-placer-1";
    private static readonly DateTimeOffset From = SamplePlant.Now;
    private static readonly DateTimeOffset To = From.AddHours(1);
    private static readonly DateTimeOffset Now = To.AddHours(1);
    private static readonly EquipmentNodeMap Map = new(SamplePlant.MasterData.Equipment);

    [Fact]
    public void A_downtime_that_began_before_the_window_counts_from_the_windows_start()
    {
        var pareto = Pareto(Reported(Printer, "JAM", From.AddMinutes(-20), From.AddMinutes(10)));

        Assert.Equal(TimeSpan.FromMinutes(10), Assert.Single(pareto.Losses).Duration);
    }

    [Fact]
    public void A_downtime_that_ends_after_the_window_counts_up_to_the_windows_end()
    {
        var pareto = Pareto(Reported(Printer, "JAM", To.AddMinutes(-15), To.AddMinutes(30)));

        Assert.Equal(TimeSpan.FromMinutes(15), Assert.Single(pareto.Losses).Duration);
    }

    [Fact]
    public void A_downtime_outside_the_window_is_not_counted()
    {
        var pareto = Pareto(Reported(Printer, "JAM", From.AddMinutes(-30), From), Reported(Printer, "MAT", To, To.AddMinutes(5)));

        Assert.Empty(pareto.Losses);
    }

    [Fact]
    public void An_open_downtime_counts_up_to_now_and_is_marked_open()
    {
        var open = Reported(Printer, "MAT", From.AddMinutes(50), null);

        var pareto = DowntimePareto.Of(From, To, From.AddMinutes(55), [open], SamplePlant.MasterData.DowntimeReasons);

        var row = Assert.Single(pareto.Losses);
        Assert.Equal((TimeSpan.FromMinutes(5), true), (row.Duration, row.IncludesOpen));
    }

    [Fact]
    public void A_reason_reported_after_a_machine_downtime_ended_moves_its_time_from_the_alarm_to_the_reason()
    {
        var printer = WorkstationSetup.Ready(Printer)
            .Fold([Signal("State", "Execute", From), Signal("State", "Held", From.AddMinutes(5)),
                Signal("AlarmActive", true, From.AddMinutes(5)), Signal("AlarmCode", "E-21", From.AddMinutes(5))]).Workstation
            .Fold([Signal("State", "Execute", From.AddMinutes(12)), Signal("AlarmActive", false, From.AddMinutes(12))]).Workstation;
        var before = Pareto(printer.LastDowntime!);

        var after = Pareto(printer.Do(new ReportDowntime("JAM"), From.AddMinutes(30)).LastDowntime!);

        Assert.Equal("alarm:E-21", Assert.Single(before.Losses).Cause.Key);
        var row = Assert.Single(after.Losses);
        Assert.Equal(("JAM", TimeSpan.FromMinutes(7)), (row.Cause.Key, row.Duration));
    }

    [Fact]
    public void Machine_downtime_with_no_reason_yet_groups_under_its_alarm_code_with_the_alarm_text()
    {
        var pareto = Pareto(
            Machine(Printer, "E-21", "Squeegee pressure", From, From.AddMinutes(4)),
            Machine(Placer, "E-21", "Squeegee pressure", From.AddMinutes(10), From.AddMinutes(13)));

        var row = Assert.Single(pareto.Losses);
        Assert.Equal(("alarm:E-21", "Squeegee pressure", 2, TimeSpan.FromMinutes(7)), (row.Cause.Key, row.Description, row.Occurrences, row.Duration));
    }

    [Fact]
    public void Downtime_with_neither_a_reason_nor_an_alarm_is_unassigned()
    {
        var pareto = Pareto(Machine(Printer, null, null, From, From.AddMinutes(4)));

        Assert.Equal((DowntimeCauseKind.Unassigned, "unassigned"), (pareto.Losses[0].Cause.Kind, pareto.Losses[0].Cause.Key));
    }

    [Fact]
    public void Causes_are_ordered_by_lost_time_largest_first_with_the_reasons_description()
    {
        var pareto = Pareto(
            Reported(Printer, "NOZ", From, From.AddMinutes(5)),
            Reported(Placer, "JAM", From.AddMinutes(10), From.AddMinutes(20)),
            Machine(Placer, "E-40", "Vacuum low", From.AddMinutes(30), From.AddMinutes(32)),
            Reported(Printer, "JAM", From.AddMinutes(40), From.AddMinutes(44)));

        Assert.Equal(["JAM", "NOZ", "alarm:E-40"], pareto.Losses.Select(r => r.Cause.Key));
        Assert.Equal(("Feeder or pick jam", 2, TimeSpan.FromMinutes(14)),
            (pareto.Losses[0].Description, pareto.Losses[0].Occurrences, pareto.Losses[0].Duration));
    }

    [Fact]
    public void Shares_are_of_the_total_loss_and_the_cumulative_share_runs_to_one()
    {
        var pareto = Pareto(
            Reported(Printer, "JAM", From, From.AddMinutes(30)),
            Reported(Placer, "MAT", From, From.AddMinutes(15)),
            Reported(Placer, "NOZ", From.AddMinutes(20), From.AddMinutes(35)));

        // 30 + 15 + 15 = 60 min lost: JAM 0.5, then MAT and NOZ 0.25 each (equal time and count: by code).
        Assert.Equal([0.5m, 0.25m, 0.25m], pareto.Losses.Select(r => r.Share));
        Assert.Equal([0.5m, 0.75m, 1m], pareto.Losses.Select(r => r.CumulativeShare));
    }

    [Fact]
    public void The_workstations_a_cause_affected_are_listed_the_one_that_lost_most_first()
    {
        var pareto = Pareto(
            Reported(Printer, "JAM", From, From.AddMinutes(3)),
            Reported(Placer, "JAM", From.AddMinutes(10), From.AddMinutes(20)));

        Assert.Equal([Placer, Printer], Assert.Single(pareto.Losses).Workstations);
    }

    [Fact]
    public void Scheduled_downtime_is_reported_apart_and_takes_no_share_of_the_losses()
    {
        var pareto = Pareto(
            Reported(Printer, "PM", From, From.AddMinutes(30)),
            Reported(Placer, "ENG", From, From.AddMinutes(10)),
            Reported(Placer, "JAM", From.AddMinutes(40), From.AddMinutes(45)));

        var loss = Assert.Single(pareto.Losses);
        Assert.Equal(("JAM", 1m, TimeSpan.FromMinutes(5)), (loss.Cause.Key, loss.Share, pareto.LostTime));
        Assert.Equal(["PM", "ENG"], pareto.Scheduled.Select(r => r.Cause.Key));
        Assert.Equal((E10State.ScheduledDown, TimeSpan.FromMinutes(40)), (pareto.Scheduled[0].Category, pareto.ScheduledTime));
    }

    [Fact]
    public void A_machine_stop_explained_as_preventive_maintenance_is_scheduled_not_a_loss()
    {
        var stop = Machine(Printer, "E-21", "Squeegee pressure", From, From.AddMinutes(20)) with { ReasonCode = "PM" };

        var pareto = Pareto(stop);

        Assert.Empty(pareto.Losses);
        Assert.Equal("PM", Assert.Single(pareto.Scheduled).Cause.Key);
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DowntimePareto.Of(To, From, Now, [], SamplePlant.MasterData.DowntimeReasons));
    }

    [Fact]
    public void Whatever_the_downtimes_the_rows_add_up_to_the_clipped_time_in_order_and_the_cumulative_share_ends_at_one()
    {
        string[] causes = ["JAM", "MAT", "NOZ", "QH", "NOP"];
        var gen =
            from spans in Gen.Select(Gen.Int[-90, 90], Gen.Int[1, 60], Gen.Int[0, causes.Length - 1], Gen.Bool).Array[1, 25]
            select spans.Select((s, i) => Reported(i % 2 == 0 ? Printer : Placer, causes[s.Item3],
                From.AddMinutes(s.Item1), s.Item4 ? From.AddMinutes(s.Item1 + s.Item2) : null)).ToList();

        gen.Sample(downtimes =>
        {
            var pareto = DowntimePareto.Of(From, To, Now, downtimes, SamplePlant.MasterData.DowntimeReasons);
            var clipped = downtimes.Sum(d => Math.Max(0, ((d.EndedAt ?? Now) < To ? (d.EndedAt ?? Now) : To).Ticks
                - (d.StartedAt > From ? d.StartedAt : From).Ticks));

            return pareto.LostTime.Ticks == clipped
                && pareto.Losses.Zip(pareto.Losses.Skip(1)).All(p => p.First.Duration >= p.Second.Duration)
                && (pareto.Losses.Count == 0 || pareto.Losses[^1].CumulativeShare == 1m);
        });
    }

    private static DowntimePareto Pareto(params Downtime[] downtimes) =>
        DowntimePareto.Of(From, To, Now, downtimes, SamplePlant.MasterData.DowntimeReasons);

    private static Downtime Reported(string workstationId, string reason, DateTimeOffset started, DateTimeOffset? ended) =>
        new(Downtime.IdFor(workstationId, started), workstationId, SamplePlant.MasterData.FindDowntimeReason(reason)!.Category,
            DowntimeSource.Operator, started, ended, null, null, reason, "B1004");

    private static Downtime Machine(string workstationId, string? alarmCode, string? alarmText, DateTimeOffset started, DateTimeOffset ended) =>
        new(Downtime.IdFor(workstationId, started), workstationId, E10State.UnscheduledDown, DowntimeSource.Machine, started, ended,
            alarmCode, alarmText, null, null);

    private static MachineSignal Signal(string variable, object value, DateTimeOffset at) =>
        Map.Decode($"{Printer}.{variable}", value, at).Signal!;
}
