using Mes.Domain.Production.Genealogy;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.Workstations;

namespace Mes.Domain.Tests.Production.Workstations;

public sealed class TelemetryFoldTests
{
    private const string Placer = "smt-01-placer-1";
    private static readonly DateTimeOffset T0 = SamplePlant.Now;
    private static readonly EquipmentNodeMap Map = new(SamplePlant.MasterData.Equipment);

    [Fact]
    public void A_state_change_closes_the_previous_state_interval()
    {
        var running = Fold(WorkstationSetup.New(Placer), (T0, "State", "Execute")).Workstation;

        var fold = Fold(running, (T0.AddMinutes(7), "State", "Idle"));

        var closed = Assert.Single(fold.Events.OfType<StateIntervalClosed>());
        Assert.Equal(new StateInterval(E10State.Productive, T0, T0.AddMinutes(7)), closed.Interval);
        Assert.Equal(E10State.Standby, fold.Workstation.Machine.E10);
    }

    [Fact]
    public void An_alarm_that_stops_the_machine_starts_a_downtime_carrying_the_alarm_code_published_with_it()
    {
        var running = Fold(WorkstationSetup.New(Placer), (T0, "State", "Execute")).Workstation;

        var fold = Fold(running, (T0.AddMinutes(3), "State", "Stopped"), (T0.AddMinutes(3), "AlarmActive", true),
            (T0.AddMinutes(3), "AlarmCode", "E-FEEDER-12"));

        var started = Assert.Single(fold.Events.OfType<DowntimeStarted>()).Downtime;
        Assert.Equal((E10State.UnscheduledDown, DowntimeSource.Machine, "E-FEEDER-12"), (started.Category, started.Source, started.AlarmCode));
    }

    [Fact]
    public void The_downtime_ends_when_the_machine_runs_again()
    {
        var down = Fold(WorkstationSetup.New(Placer), (T0, "State", "Held")).Workstation;

        var fold = Fold(down, (T0.AddMinutes(4), "State", "Execute"));

        var ended = Assert.Single(fold.Events.OfType<DowntimeEnded>()).Downtime;
        Assert.Equal((T0, T0.AddMinutes(4)), (ended.StartedAt, ended.EndedAt));
        Assert.Null(fold.Workstation.OpenDowntime);
    }

    [Fact]
    public void An_operator_reported_reason_is_attached_to_the_machine_detected_downtime()
    {
        var down = Fold(WorkstationSetup.Ready(Placer), (T0, "State", "Held")).Workstation;

        var reported = down.Do(new ReportDowntime("JAM"), T0.AddMinutes(1));

        Assert.Equal(("JAM", "B1004", DowntimeSource.Machine), (reported.OpenDowntime!.ReasonCode, reported.OpenDowntime.ReportedBy, reported.OpenDowntime.Source));
    }

    [Fact]
    public void A_reason_reported_just_after_the_machine_recovered_goes_to_the_downtime_that_ended()
    {
        var recovered = Fold(WorkstationSetup.Ready(Placer), (T0, "State", "Held"), (T0.AddMinutes(2), "State", "Execute")).Workstation;

        var reported = recovered.Do(new ReportDowntime("NOZ"), T0.AddMinutes(3));

        Assert.Equal("NOZ", reported.LastDowntime!.ReasonCode);
        Assert.Null(reported.OpenDowntime);
    }

    [Fact]
    public void Counter_readings_become_deltas()
    {
        var baseline = Fold(WorkstationSetup.New(Placer), (T0, "GoodCount", 1000L)).Workstation;

        var fold = Fold(baseline, (T0.AddSeconds(28), "GoodCount", 1001L), (T0.AddSeconds(56), "GoodCount", 1003L));

        Assert.Equal([1L, 2L], fold.Events.OfType<CountsAdvanced>().Select(c => c.Delta));
    }

    [Fact]
    public void In_the_first_batch_after_the_link_came_back_each_counters_first_rise_is_a_gap_and_later_ones_are_not()
    {
        var baseline = Fold(WorkstationSetup.New(Placer), (T0, "GoodCount", 1000L)).Workstation;
        var signals = new[] { (T0.AddSeconds(30), 1007L), (T0.AddSeconds(31), 1008L) }
            .Select(v => Map.Decode($"{Placer}.GoodCount", v.Item2, v.Item1).Signal!).ToList();

        var fold = baseline.Fold(signals, afterOutage: true);

        Assert.Equal([(7L, CounterDiscontinuity.Gap), (1L, CounterDiscontinuity.None)],
            fold.Events.OfType<CountsAdvanced>().Select(c => (c.Delta, c.Discontinuity)));
    }

    [Fact]
    public void A_counter_reset_by_a_plc_restart_is_recorded_and_nothing_is_double_counted()
    {
        var baseline = Fold(WorkstationSetup.New(Placer), (T0, "TotalCount", 5000L)).Workstation;

        var fold = Fold(baseline, (T0.AddMinutes(1), "TotalCount", 3L));

        var counted = Assert.Single(fold.Events.OfType<CountsAdvanced>());
        Assert.Equal((3L, CounterDiscontinuity.Reset), (counted.Delta, counted.Discontinuity));
    }

    [Fact]
    public void Replaying_a_batch_already_folded_adds_no_counts_and_no_state_changes()
    {
        (DateTimeOffset, string, object)[] batch =
            [(T0, "State", "Execute"), (T0, "GoodCount", 10L), (T0.AddSeconds(30), "GoodCount", 11L), (T0.AddSeconds(40), "State", "Idle")];
        var once = Fold(WorkstationSetup.New(Placer), batch).Workstation;

        var replay = Fold(once, batch);

        Assert.Empty(replay.Events);
        Assert.Equal(once.Counters, replay.Workstation.Counters);
    }

    [Fact]
    public void Picks_from_a_loaded_slot_are_consumed_from_its_reel_and_booked_to_the_next_unit()
    {
        var placer = Loaded(WorkstationSetup.Ready(Placer));
        placer = Fold(placer, (T0, "Slots.1.Picks", 100L), (T0, "Slots.1.Mispicks", 2L)).Workstation;

        var fold = Fold(placer, (T0.AddSeconds(28), "Slots.1.Picks", 125L), (T0.AddSeconds(28), "Slots.1.Mispicks", 3L));

        var consumed = Assert.Single(fold.Events.OfType<MaterialConsumed>());
        Assert.Equal(("R-CAP", 25m), (consumed.LotNo, consumed.Quantity));
        var cap = fold.Workstation.ConsumptionFor(SamplePlant.Gw100Bom).Single(l => l.Slot == "1");
        // 25 picks − 1 mispick = 24 capacitors on the board.
        Assert.Equal((24m, QuantitySource.PickCount), (cap.Quantity, cap.Source));
    }

    [Fact]
    public void A_slot_without_pick_counters_books_the_bom_quantity_per_unit()
    {
        var placer = Loaded(WorkstationSetup.Ready(Placer));

        var resistor = placer.ConsumptionFor(SamplePlant.Gw100Bom).Single(l => l.Slot == "2");

        Assert.Equal((18m, QuantitySource.BomQtyPer), (resistor.Quantity, resistor.Source));
    }

    [Fact]
    public void Picks_booked_to_a_unit_are_not_booked_again_to_the_next()
    {
        var placer = Fold(Loaded(WorkstationSetup.Ready(Placer)), (T0, "Slots.1.Picks", 0L), (T0.AddSeconds(28), "Slots.1.Picks", 24L)).Workstation;

        var booked = placer.Apply(new ConsumptionAttributed(Placer, "PO-1-00001", ["1"], T0.AddSeconds(29)));

        Assert.Equal(0m, booked.ConsumptionFor(SamplePlant.Gw100Bom).Single(l => l.Slot == "1").Quantity);
    }

    private static Workstation Loaded(Workstation placer) => placer
        .Do(new LoadMaterial("1", WorkstationSetup.Reel("R-CAP", "CAP-0402-100N")))
        .Do(new LoadMaterial("2", WorkstationSetup.Reel("R-RES", "RES-0402-10K")));

    private static TelemetryFold Fold(Workstation workstation, params (DateTimeOffset At, string Variable, object Value)[] values) =>
        workstation.Fold(values.Select(v =>
            Map.Decode($"{workstation.Id}.{v.Variable}", v.Value, v.At).Signal ?? throw new InvalidOperationException(v.Variable)).ToList());
}
