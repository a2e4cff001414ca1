using Mes.Contracts.Production;
using Mes.Contracts.Production.Oee;

namespace Mes.Silo.Tests.Production;

public sealed class DowntimeParetoTests(DowntimeShift shift) : IClassFixture<DowntimeShift>
{
    private static readonly DateTimeOffset Start = DowntimeShift.Start;

    private IOeeGrain Oee => shift.Plant.Grains.GetGrain<IOeeGrain>(0);

    [Fact]
    public async Task A_machine_stop_explained_at_the_terminal_while_down_counts_under_the_reason_not_the_alarm()
    {
        var pareto = await WholeShift();

        var jam = pareto.Losses.Single(c => c.Cause == "JAM");
        Assert.Equal((TimeSpan.FromMinutes(8), "Feeder or pick jam", "smt-01-printer"),
            (jam.Duration, jam.Description, jam.Workstations.Single()));
        Assert.DoesNotContain(pareto.Losses, c => c.Cause == "alarm:E-21");
    }

    [Fact]
    public async Task A_reason_reported_after_the_machine_ran_again_is_joined_to_its_downtime()
    {
        var pareto = await WholeShift();

        var nozzle = pareto.Losses.Single(c => c.Cause == "NOZ");
        Assert.Equal((TimeSpan.FromMinutes(12), 1, "smt-01-spi"), (nozzle.Duration, nozzle.Occurrences, nozzle.Workstations.Single()));
        Assert.DoesNotContain(pareto.Losses, c => c.Cause == "alarm:E-07");
    }

    [Fact]
    public async Task A_machine_stop_nobody_explained_counts_under_its_alarm_with_the_alarm_text()
    {
        var pareto = await WholeShift();

        var alarm = pareto.Losses.Single(c => c.Kind == "Alarm");
        Assert.Equal(("alarm:E-33", "E-33", "Feeder empty", TimeSpan.FromMinutes(6)), (alarm.Cause, alarm.Code, alarm.Description, alarm.Duration));
    }

    [Fact]
    public async Task A_downtime_still_open_at_the_workstation_counts_up_to_now()
    {
        var pareto = await WholeShift();

        var material = pareto.Losses.Single(c => c.Cause == "MAT");
        Assert.True(material.IncludesOpen);
        Assert.Equal("smt-01-reflow", material.Workstations.Single());
        Assert.True(material.Duration > TimeSpan.Zero);
    }

    [Fact]
    public async Task Preventive_maintenance_is_reported_apart_and_takes_no_share_of_the_losses()
    {
        var pareto = await WholeShift();

        var maintenance = Assert.Single(pareto.Scheduled);
        Assert.Equal(("PM", "ScheduledDown", "smt-01-pack"), (maintenance.Cause, maintenance.Category, maintenance.Workstations.Single()));
        Assert.DoesNotContain(pareto.Losses, c => c.Cause == "PM");
    }

    [Fact]
    public async Task Losses_are_ordered_largest_first_and_their_cumulative_share_ends_at_one()
    {
        var pareto = await WholeShift();

        Assert.Equal(["NOZ", "JAM", "alarm:E-33", "MAT"], pareto.Losses.Select(c => c.Cause));
        Assert.Equal(1m, pareto.Losses[^1].CumulativeShare);
        Assert.Equal(pareto.LostTime, pareto.Losses.Aggregate(TimeSpan.Zero, (sum, c) => sum + c.Duration));
    }

    [Fact]
    public async Task A_window_counts_only_the_part_of_each_downtime_inside_it()
    {
        var pareto = ShopFloor.Succeeded(await Oee.DowntimePareto("smt-01", Start.AddMinutes(8), Start.AddMinutes(14)));

        // spi down 5–17 and printer down 10–18: 8–14 holds 6 min of the one and 4 of the other.
        Assert.Equal([("NOZ", TimeSpan.FromMinutes(6)), ("JAM", TimeSpan.FromMinutes(4))], pareto.Losses.Select(c => (c.Cause, c.Duration)));
    }

    [Fact]
    public async Task The_pareto_of_an_unknown_line_is_not_found()
    {
        var refusal = ShopFloor.Refused(await Oee.DowntimePareto("smt-99", Start, Start.AddHours(1)));

        Assert.Equal((RefusalKind.NotFound, "lineId"), (refusal.Kind, refusal.Field));
    }

    [Fact]
    public async Task A_pareto_window_that_ends_before_it_starts_is_refused_as_invalid()
    {
        var refusal = ShopFloor.Refused(await Oee.DowntimePareto("smt-01", Start, Start.AddMinutes(-1)));

        Assert.Equal((RefusalKind.Invalid, "to"), (refusal.Kind, refusal.Field));
    }

    private async Task<DowntimeParetoReport> WholeShift() =>
        ShopFloor.Succeeded(await Oee.DowntimePareto("smt-01", Start.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(1)));
}
