using Mes.Contracts.Production;
using Mes.Contracts.Production.Oee;
using Mes.Contracts.Production.Telemetry;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.Oee;
using Mes.Domain.Production.Workstations;

namespace Mes.Silo.Tests.Production;

public sealed class OeeTests(ProductionSilo plant) : IClassFixture<ProductionSilo>
{
    private static readonly DateTimeOffset Hour = new(DateTimeOffset.UtcNow.AddHours(-3).Ticks / TimeSpan.TicksPerHour * TimeSpan.TicksPerHour, TimeSpan.Zero);

    private IOeeGrain Oee => plant.Grains.GetGrain<IOeeGrain>(0);

    [Fact]
    public async Task A_workstations_oee_from_the_stored_intervals_and_counts_is_the_figure_the_domain_computes_from_the_same_telemetry()
    {
        var machine = new SimulatedMachine("smt-01-printer");
        var shift = Shift(machine);
        foreach (var batch in shift)
        {
            await plant.Floor.Station(machine.WorkstationId).ApplyTelemetry(batch);
        }

        var report = ShopFloor.Succeeded(await Oee.ForWorkstation(machine.WorkstationId, Hour, Hour.AddHours(1)));
        var expected = await DomainFigures(machine.WorkstationId, shift, 15m);

        Assert.Equal(new OeeFactors(expected.Availability, expected.Performance, expected.Quality, expected.Oee, expected.PerformanceCapped), report.Factors);
        Assert.Equal((expected.PlannedTime, expected.RunTime, expected.TotalCount, expected.GoodCount),
            (report.Basis.PlannedTime, report.Basis.RunTime, report.Basis.TotalCount, report.Basis.GoodCount));
    }

    [Fact]
    public async Task The_basis_of_a_workstations_oee_shows_the_planned_and_run_time_and_the_counts_of_the_window()
    {
        var machine = new SimulatedMachine("smt-01-spi");
        foreach (var batch in Shift(machine))
        {
            await plant.Floor.Station(machine.WorkstationId).ApplyTelemetry(batch);
        }

        var report = ShopFloor.Succeeded(await Oee.ForWorkstation(machine.WorkstationId, Hour, Hour.AddHours(1)));

        // Productive 0–12 and 20–45 min, held 12–20, idle 45–60 (the idle state is still open: it counts up to the window's end).
        Assert.Equal((TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(37)), (report.Basis.PlannedTime, report.Basis.RunTime));
        Assert.Equal((104L, 100L), (report.Basis.TotalCount, report.Basis.GoodCount));
        Assert.True(report.Basis.IncludesOpenInterval);
    }

    [Fact]
    public async Task A_lines_oee_takes_availability_and_performance_from_the_constraint_and_quality_from_every_machine()
    {
        var report = ShopFloor.Succeeded(await Oee.ForLine("smt-01", Hour, Hour.AddHours(1)));

        var expected = OeeCalculator.ForLine(report.Workstations.Select(w => new WorkstationOee(w.WorkstationId, w.From, w.To,
            OeeFigures.From(w.Basis.PlannedTime, w.Basis.RunTime, w.Basis.IdealCycleSeconds, w.Basis.TotalCount, w.Basis.GoodCount))).ToList());

        Assert.Equal("smt-01-placer-1", report.ConstraintWorkstationId);
        Assert.Equal((expected.Availability, expected.Performance, expected.Quality, expected.Oee),
            (report.Factors.Availability, report.Factors.Performance, report.Factors.Quality, report.Factors.Oee));
        Assert.DoesNotContain(report.Workstations, w => w.WorkstationId == "smt-01-rework");
    }

    [Fact]
    public async Task A_shifts_oee_covers_the_shift_as_the_plants_calendar_places_it()
    {
        var report = ShopFloor.Succeeded(await Oee.ForShift("smt-01", new DateOnly(2026, 6, 1), "day"));

        // Day shift 08:00–20:00 in Asia/Shanghai (UTC+8).
        Assert.Equal((new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero), "day"),
            (report.From, report.To, report.Shift));
    }

    [Fact]
    public async Task A_manual_station_has_no_oee()
    {
        var refusal = ShopFloor.Refused(await Oee.ForWorkstation("smt-01-rework", Hour, Hour.AddHours(1)));

        Assert.Equal("NO_MACHINE", refusal.Reason);
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_refused_as_invalid()
    {
        var refusal = ShopFloor.Refused(await Oee.ForWorkstation("smt-01-printer", Hour, Hour));

        Assert.Equal((RefusalKind.Invalid, "to"), (refusal.Kind, refusal.Field));
    }

    [Fact]
    public async Task An_unknown_shift_is_not_found()
    {
        var refusal = ShopFloor.Refused(await Oee.ForShift("smt-01", new DateOnly(2026, 6, 1), "graveyard"));

        Assert.Equal((RefusalKind.NotFound, "shift"), (refusal.Kind, refusal.ResourceType));
    }

    /// <summary>An hour of a machine: runs 12 min, jams 8, runs 25, then idles; 100 good and 4 rejects.</summary>
    private static IReadOnlyList<TelemetryBatch> Shift(SimulatedMachine machine) =>
    [
        machine.Running(Hour), machine.Counts(Hour, 0, 0),
        machine.Counts(Hour.AddMinutes(10), 30, 2), machine.Jammed(Hour.AddMinutes(12), "E-21", "Squeegee pressure"),
        machine.Running(Hour.AddMinutes(20)), machine.Counts(Hour.AddMinutes(40), 100, 4), machine.Idle(Hour.AddMinutes(45)),
    ];

    /// <summary>The same telemetry folded by the domain alone, and the OEE it gives for the hour.</summary>
    private async Task<OeeFigures> DomainFigures(string workstationId, IReadOnlyList<TelemetryBatch> batches, decimal idealCycleSeconds)
    {
        var master = await plant.Floor.MasterData();
        var map = new EquipmentNodeMap(master.Equipment);
        var station = Workstation.For(master.FindWorkstation(workstationId)!);
        var events = new List<WorkstationEvent>();
        foreach (var batch in batches)
        {
            var fold = station.Fold(batch.Values.Select(v => map.Decode(v.NodeId, v.Value.ToObject(), v.SourceTimestamp).Signal!));
            station = fold.Workstation;
            events.AddRange(fold.Events);
        }

        var intervals = events.OfType<StateIntervalClosed>().Select(e => e.Interval).Append(station.OpenInterval(DateTimeOffset.UtcNow)!);
        return OeeCalculator.ForWorkstation(workstationId, Hour, Hour.AddHours(1), intervals, events.OfType<CountsAdvanced>(), idealCycleSeconds).Figures;
    }
}
