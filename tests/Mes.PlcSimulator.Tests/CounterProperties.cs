using CsCheck;
using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Events;

namespace Mes.PlcSimulator.Tests;

/// <summary>
/// Invariants the MES relies on when it turns counters into production and material consumption, under any seed
/// and any schedule of injected faults, stops, resets and starts.
/// </summary>
public sealed class CounterProperties
{
    private static readonly string[] Commands = ["InjectFault", "Stop", "Reset", "Start"];

    private static readonly Gen<(long Seed, (int Minute, int Machine, int Command, double Seconds)[] Schedule)> Runs =
        from seed in Gen.Long
        from schedule in Gen.Select(Gen.Int[0, 89], Gen.Int[0, 7], Gen.Int[0, 3], Gen.Double[1, 900]).Array[0, 12]
        select (seed, schedule);

    [Fact]
    public void Counters_never_go_back_and_TotalCount_is_always_GoodCount_plus_RejectCount()
    {
        Runs.Sample((seed, schedule) =>
        {
            var line = SimulatedLine.Start(seed);
            var counters = line.Space.Variables.Where(IsCounter).ToList();
            var last = counters.ToDictionary(c => c, c => c.UInt64Value);
            foreach (var minute in Enumerable.Range(0, 90))
            {
                Apply(line, schedule.Where(s => s.Minute == minute));
                line.Run(TimeSpan.FromMinutes(1));
                foreach (var counter in counters)
                {
                    Assert.True(counter.UInt64Value >= last[counter], $"{counter.NodeId} went back");
                    last[counter] = counter.UInt64Value;
                }

                foreach (var machine in MachineBehaviourTests.Machines(line))
                {
                    Assert.Equal(line.Count(machine, "GoodCount") + line.Count(machine, "RejectCount"), line.Count(machine));
                }
            }
        }, iter: 12);
    }

    [Fact]
    public void Picks_of_a_slot_are_its_quantity_per_board_times_the_boards_plus_its_mispicks()
    {
        var definition = DefaultLine.Load();
        Runs.Sample((seed, schedule) =>
        {
            var line = SimulatedLine.Start(seed);
            foreach (var minute in Enumerable.Range(0, 90))
            {
                Apply(line, schedule.Where(s => s.Minute == minute));
                line.Run(TimeSpan.FromMinutes(1));
            }

            foreach (var machine in definition.Machines)
            {
                var id = $"smt-01-{machine.Id}";
                foreach (var slot in machine.Slots.Where(s => s.IsPieces))
                {
                    var picks = line.Read<ulong>($"{id}.Slots.{slot.Slot}.Picks");
                    var mispicks = line.Read<ulong>($"{id}.Slots.{slot.Slot}.Mispicks");
                    Assert.Equal((ulong)slot.QtyPerBoard * line.Count(id) + mispicks, picks);
                }
            }
        }, iter: 12);
    }

    [Fact]
    public void Over_a_shift_the_placers_lose_some_parts_and_each_board_records_what_it_took()
    {
        var line = SimulatedLine.Start(seed: 4);
        line.Run(TimeSpan.FromHours(8));

        var consumed = line.Events.OfType<MaterialConsumed>().Where(e => e.Machine == "smt-01-placer-1" && e.Slot == "1").ToList();

        Assert.Equal((decimal)line.Read<ulong>("smt-01-placer-1.Slots.1.Picks"), consumed.Sum(e => e.Quantity));
        Assert.Equal((decimal)line.Read<ulong>("smt-01-placer-1.Slots.1.Mispicks"), consumed.Sum(e => e.Attrition));
        Assert.True(line.Read<ulong>("smt-01-placer-1.Slots.1.Mispicks") > 0);
    }

    private static bool IsCounter(VariableNode variable) =>
        variable.DataType == VariableType.UInt64;

    private static void Apply(SimulatedLine line, IEnumerable<(int Minute, int Machine, int Command, double Seconds)> commands)
    {
        var machines = MachineBehaviourTests.Machines(line).ToList();
        foreach (var (_, machine, command, seconds) in commands)
        {
            var method = $"{machines[machine]}.{Commands[command]}";
            _ = Commands[command] == "InjectFault" ? line.Call(method, "TEST-1", seconds) : line.Call(method);
        }
    }
}
