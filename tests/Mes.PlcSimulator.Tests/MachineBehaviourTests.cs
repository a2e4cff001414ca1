using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Events;

namespace Mes.PlcSimulator.Tests;

public sealed class MachineBehaviourTests
{
    private const string Printer = "smt-01-printer";
    private const string Spi = "smt-01-spi";
    private const string Placer1 = "smt-01-placer-1";
    private const string Pack = "smt-01-pack";

    [Fact]
    public void Counts_grow_on_every_machine_while_the_line_runs()
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromHours(1));
        var first = Machines(line).ToDictionary(m => m, m => line.Count(m));

        line.Run(TimeSpan.FromHours(1));

        Assert.All(first, m => Assert.True(line.Count(m.Key) > m.Value, $"{m.Key} did not count"));
    }

    [Fact]
    public void The_line_runs_at_the_pace_of_its_slowest_machine()
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromHours(1));
        var before = line.Count(Pack);

        line.Run(TimeSpan.FromHours(4));

        var boardsPerHour = (line.Count(Pack) - before) / 4.0;
        var bottleneckRate = 3600 / line.Read<double>($"{Placer1}.IdealCycleTime");
        Assert.InRange(boardsPerHour, bottleneckRate * 0.75, bottleneckRate);
    }

    [Fact]
    public void An_injected_fault_holds_the_machine_for_the_given_seconds_and_then_it_carries_on()
    {
        var line = SimulatedLine.Start();
        Assert.True(line.RunUntil(() => line.State(Placer1) == "Execute", TimeSpan.FromHours(1)));
        var injectedAt = line.Simulation.Now;

        var outcome = line.Call($"{Placer1}.InjectFault", "PNP-301", 120.0);

        Assert.True(outcome.IsGood, outcome.Message);
        Assert.Equal(injectedAt.UtcDateTime.AddSeconds(120), Assert.IsType<DateTime>(Assert.Single(outcome.Outputs)));
        Assert.Equal("Held", line.State(Placer1));
        Assert.True(line.Read<bool>($"{Placer1}.AlarmActive"));
        Assert.Equal("PNP-301", line.Read<string>($"{Placer1}.AlarmCode"));
        Assert.Equal("Feeder jam", line.Read<string>($"{Placer1}.AlarmText"));

        line.Run(TimeSpan.FromSeconds(119.9));
        Assert.Equal("Held", line.State(Placer1));

        line.Run(TimeSpan.FromSeconds(0.2));
        Assert.False(line.Read<bool>($"{Placer1}.AlarmActive"));
        Assert.Equal(string.Empty, line.Read<string>($"{Placer1}.AlarmCode"));
        Assert.Contains(line.State(Placer1), new[] { "Execute", "Suspended" });
        var cleared = Assert.Single(line.Events.OfType<FaultCleared>(), e => e.Machine == Placer1 && e.Code == "PNP-301");
        Assert.Equal(injectedAt.AddSeconds(120), cleared.At);
    }

    [Fact]
    public void A_held_board_finishes_its_cycle_after_the_fault_without_losing_or_repeating_work()
    {
        var line = SimulatedLine.Start();
        Assert.True(line.RunUntil(() => line.State(Placer1) == "Execute", TimeSpan.FromHours(1)));
        var serial = line.Read<string>($"{Placer1}.CurrentUnitSerial");

        line.Call($"{Placer1}.InjectFault", "PNP-302", 300.0);
        line.Run(TimeSpan.FromMinutes(10));

        var completed = Assert.Single(line.Events.OfType<UnitCompleted>(), e => e.Machine == Placer1 && e.Serial == serial);
        var started = Assert.Single(line.Events.OfType<UnitStarted>(), e => e.Machine == Placer1 && e.Serial == serial);
        Assert.Equal(completed.CycleTime + 300, (completed.At - started.At).TotalSeconds, 2);
    }

    [Fact]
    public void An_injected_abort_fault_aborts_the_machine_and_the_operator_brings_it_back_once_repaired()
    {
        var line = SimulatedLine.Start();
        Assert.True(line.RunUntil(() => line.State(Placer1) == "Execute", TimeSpan.FromHours(1)));

        line.Call($"{Placer1}.InjectFault", "PNP-310", 60.0);
        line.Run(TimeSpan.FromMinutes(3));

        var states = line.Events.OfType<StateChanged>().Where(e => e.Machine == Placer1).Select(e => e.To)
            .SkipWhile(s => s != "Aborting").Take(7);
        Assert.Equal(["Aborting", "Aborted", "Clearing", "Stopped", "Resetting", "Idle", "Starting"], states);
        Assert.Contains(line.State(Placer1), new[] { "Execute", "Suspended" });
    }

    [Fact]
    public void A_machine_someone_stopped_stays_Stopped_after_an_abort_fault_is_repaired()
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromMinutes(20));
        line.Call($"{Placer1}.Stop");
        line.Run(TimeSpan.FromSeconds(5));

        line.Call($"{Placer1}.InjectFault", "PNP-310", 60.0);
        line.Run(TimeSpan.FromMinutes(3));

        Assert.Equal("Stopped", line.State(Placer1));
        Assert.False(line.Read<bool>($"{Placer1}.AlarmActive"));
    }

    [Fact]
    public void The_machine_after_a_held_machine_starves_and_the_one_before_it_blocks()
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromMinutes(30));

        line.Call($"{Spi}.InjectFault", "SPI-202", 3600.0);

        Assert.True(line.RunUntil(() => line.Read<bool>($"{Placer1}.Starved"), TimeSpan.FromMinutes(30)));
        Assert.Equal("Suspended", line.State(Placer1));
        Assert.True(line.RunUntil(() => line.Read<bool>($"{Printer}.Blocked"), TimeSpan.FromMinutes(30)));
        Assert.Equal("Suspended", line.State(Printer));
        Assert.Equal(line.Read<uint>($"{Spi}.BufferCapacity"), line.Read<uint>($"{Spi}.BufferLevel"));
    }

    [Fact]
    public void Reset_clears_the_alarm_and_keeps_every_counter()
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromHours(1));
        line.Call($"{Placer1}.InjectFault", "PNP-303", 600.0);
        var counters = Counters(line, Placer1);

        var outcome = line.Call($"{Placer1}.Reset");

        Assert.True(outcome.IsGood, outcome.Message);
        Assert.False(line.Read<bool>($"{Placer1}.AlarmActive"));
        Assert.NotEqual("Held", line.State(Placer1));
        Assert.Equal(counters, Counters(line, Placer1));
        Assert.True(Assert.Single(line.Events.OfType<FaultCleared>(), e => e.Machine == Placer1 && e.Code == "PNP-303").ByReset);
    }

    [Fact]
    public void Stop_Reset_and_Start_take_the_machine_through_the_PackML_states()
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromMinutes(20));

        Assert.True(line.Call($"{Printer}.Stop").IsGood);
        line.Run(TimeSpan.FromSeconds(5));
        Assert.Equal("Stopped", line.State(Printer));
        Assert.True(line.Call($"{Printer}.Reset").IsGood);
        line.Run(TimeSpan.FromSeconds(5));
        Assert.Equal("Idle", line.State(Printer));
        Assert.True(line.Call($"{Printer}.Start").IsGood);
        line.Run(TimeSpan.FromSeconds(10));

        var states = line.Events.OfType<StateChanged>().Where(e => e.Machine == Printer).Select(e => e.To).SkipWhile(s => s != "Stopping").Take(6);
        Assert.Equal(["Stopping", "Stopped", "Resetting", "Idle", "Starting"], states.Take(5));
        Assert.Contains(line.State(Printer), new[] { "Execute", "Suspended" });
    }

    [Fact]
    public void Start_is_refused_outside_Idle_with_the_state_in_the_reason()
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromMinutes(20));

        var outcome = line.Call($"{Printer}.Start");

        Assert.Equal(OperationStatus.BadInvalidState, outcome.Status);
        Assert.Contains(line.State(Printer), outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mode_changes_only_while_stopped_and_a_machine_in_maintenance_does_not_start()
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromMinutes(20));
        Assert.Equal(OperationStatus.BadInvalidState, line.Write($"{Pack}.Mode", "Maintenance").Status);

        line.Call($"{Pack}.Stop");
        line.Run(TimeSpan.FromSeconds(5));
        Assert.True(line.Write($"{Pack}.Mode", "Maintenance").IsGood);
        line.Call($"{Pack}.Reset");
        line.Run(TimeSpan.FromSeconds(5));

        var start = line.Call($"{Pack}.Start");

        Assert.Equal(OperationStatus.BadInvalidState, start.Status);
        Assert.Contains("Maintenance", start.Message, StringComparison.Ordinal);
        Assert.Equal("Maintenance", line.Read<string>($"{Pack}.MachineryOperationMode"));
        Assert.Equal(OperationStatus.BadOutOfRange, line.Write($"{Pack}.Mode", "Holiday").Status);
    }

    [Fact]
    public void A_program_is_loaded_only_when_the_machine_is_not_running_and_the_call_returns_the_previous_one()
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromMinutes(20));
        Assert.Equal(OperationStatus.BadInvalidState, line.Call($"{Printer}.LoadProgram", "GW-200-A").Status);

        line.Call($"{Printer}.Stop");
        line.Run(TimeSpan.FromSeconds(5));
        var outcome = line.Call($"{Printer}.LoadProgram", "GW-200-A");

        Assert.Equal(["GW-100-B"], outcome.Outputs);
        Assert.Equal("GW-200-A", line.Read<string>($"{Printer}.CurrentProgram"));
    }

    [Fact]
    public void A_second_fault_is_refused_while_an_alarm_is_active()
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromMinutes(20));
        line.Call($"{Printer}.InjectFault", "PRN-101", 60.0);

        var outcome = line.Call($"{Printer}.InjectFault", "PRN-102", 60.0);

        Assert.Equal(OperationStatus.BadInvalidState, outcome.Status);
        Assert.Equal("PRN-101", line.Read<string>($"{Printer}.AlarmCode"));
    }

    [Theory]
    [InlineData("pnp-301", 60.0)]
    [InlineData("PNP-301", 0.0)]
    [InlineData("PNP-301", 90_000.0)]
    [InlineData("PNP-301", double.NaN)]
    public void A_fault_with_a_bad_code_or_duration_is_refused_and_changes_nothing(string code, double seconds)
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromMinutes(20));

        var outcome = line.Call($"{Placer1}.InjectFault", code, seconds);

        Assert.Equal(OperationStatus.BadInvalidArgument, outcome.Status);
        Assert.False(line.Read<bool>($"{Placer1}.AlarmActive"));
    }

    [Fact]
    public void A_reflow_zone_follows_a_written_setpoint_and_an_impossible_one_is_refused()
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromMinutes(20));

        Assert.Equal(OperationStatus.BadOutOfRange, line.Write("smt-01-reflow.Zones.7.Setpoint", 900.0).Status);
        Assert.True(line.Write("smt-01-reflow.Zones.7.Setpoint", 230.0).IsGood);
        line.Run(TimeSpan.FromMinutes(15));

        Assert.InRange(line.Read<double>("smt-01-reflow.Zones.7.Temperature"), 226, 234);
        Assert.Equal(230.0, line.Read<double>("smt-01-reflow.Zones.7.Setpoint"));
    }

    [Fact]
    public void The_oven_warms_up_from_ambient_while_Starting()
    {
        var line = SimulatedLine.Start();
        line.Run(TimeSpan.FromSeconds(30));
        Assert.Equal("Starting", line.State("smt-01-reflow"));
        Assert.True(line.Read<double>("smt-01-reflow.Zones.8.Temperature") < 100);

        Assert.True(line.RunUntil(() => line.State("smt-01-reflow") != "Starting", TimeSpan.FromHours(1)));

        Assert.InRange(line.Read<double>("smt-01-reflow.Zones.8.Temperature"), 250, 260);
    }

    [Fact]
    public void Optical_inspection_rejects_more_boards_when_the_paste_volume_drifts_low()
    {
        var normal = SimulatedLine.Start(seed: 7);
        var starved = SimulatedLine.Start(seed: 7, line: ShippedLineJson.Line(r => r.Machine(0)["printer"]!["pasteDeposit"]!["nominal"] = 82));

        normal.Run(TimeSpan.FromHours(12));
        starved.Run(TimeSpan.FromHours(12));

        Assert.True(RejectShare(starved, "smt-01-aoi") > 2 * RejectShare(normal, "smt-01-aoi"));
        Assert.Contains(starved.Events.OfType<UnitCompleted>(), e => e.Defect == "Insufficient solder");
    }

    [Fact]
    public void Each_board_has_a_unique_serial_and_visits_the_machines_in_route_order_until_it_ships_or_is_rejected()
    {
        var line = SimulatedLine.Start(seed: 3);
        line.Run(TimeSpan.FromHours(8));
        var route = Machines(line).ToList();

        var visits = line.Events.OfType<UnitCompleted>().GroupBy(e => e.Serial).ToList();

        Assert.Equal(visits.Count, line.Events.OfType<UnitStarted>().Count(e => e.Machine == Printer));
        Assert.All(visits, board =>
        {
            var machines = board.Select(e => e.Machine).ToList();
            Assert.Equal(route.Take(machines.Count), machines);
            Assert.All(board.SkipLast(1), e => Assert.True(e.Good));
        });
        Assert.Contains(visits, b => b.Count() == route.Count);
        Assert.Contains(visits, b => !b.Last().Good);
    }

    [Fact]
    public void A_serial_carries_the_prefix_and_line_number()
    {
        var line = SimulatedLine.Start(lines: 2);
        line.Run(TimeSpan.FromMinutes(2));

        var started = line.Events.OfType<UnitStarted>().Where(e => e.Machine.EndsWith("-printer", StringComparison.Ordinal)).ToList();

        Assert.Contains(started, e => e.Machine == "smt-01-printer" && e.Serial == "GW100-01-000001");
        Assert.Contains(started, e => e.Machine == "smt-02-printer" && e.Serial == "GW100-02-000001");
    }

    [Fact]
    public void The_test_station_measures_every_step_of_every_board_and_rejects_a_board_outside_the_limits()
    {
        var line = SimulatedLine.Start(seed: 5);
        line.Run(TimeSpan.FromHours(10));

        var measured = line.Events.OfType<UnitMeasured>().Where(e => e.Machine == "smt-01-test").GroupBy(e => e.Serial).ToDictionary(g => g.Key, g => g.ToList());
        var tested = line.Events.OfType<UnitCompleted>().Where(e => e.Machine == "smt-01-test").ToList();

        Assert.All(tested, board =>
        {
            var steps = measured[board.Serial];
            Assert.Equal(["supply-voltage", "supply-current", "eth-link"], steps.Select(s => s.Name));
            if (steps.Any(s => !s.Passed))
            {
                Assert.False(board.Good);
            }
        });
        Assert.Contains(tested, b => !b.Good);
        Assert.All(measured.Values.SelectMany(s => s).Where(s => s.Name == "supply-voltage"), s => Assert.InRange(s.Value, 3.0, 3.6));
    }

    [Fact]
    public void The_line_completes_an_order_quantity_and_every_machine_ends_Complete()
    {
        var line = SimulatedLine.Start(line: ShippedLineJson.Line(r => r["orderQuantity"] = 20));

        line.Run(TimeSpan.FromHours(4));

        Assert.All(Machines(line), m => Assert.Equal("Complete", line.State(m)));
        Assert.Equal(20UL, line.Count(Printer));
        Assert.Equal(20UL, line.Count(Pack, "GoodCount") + (ulong)line.Events.OfType<UnitCompleted>().Count(e => !e.Good));
    }

    [Fact]
    public void Random_faults_come_and_clear_on_their_own()
    {
        var line = SimulatedLine.Start(seed: 11);

        line.Run(TimeSpan.FromHours(8));

        var raised = line.Events.OfType<FaultRaised>().ToList();
        Assert.True(raised.Count > 5);
        Assert.All(raised, r => Assert.False(r.Injected));
        Assert.True(line.Events.OfType<FaultCleared>().Count() >= raised.Count - Machines(line).Count());
    }

    internal static IEnumerable<string> Machines(SimulatedLine line) =>
        line.Space.Lines.SelectMany(l => l.Objects).Select(m => m.NodeId);

    private static double RejectShare(SimulatedLine line, string machine) =>
        (double)line.Count(machine, "RejectCount") / line.Count(machine);

    private static (ulong, ulong, ulong, ulong, ulong) Counters(SimulatedLine line, string machine) =>
        (line.Count(machine, "GoodCount"), line.Count(machine, "RejectCount"), line.Count(machine),
         line.Read<ulong>($"{machine}.Slots.1.Picks"), line.Read<ulong>($"{machine}.Slots.1.Mispicks"));
}
