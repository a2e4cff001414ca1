using CsCheck;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.Workstations;

namespace Mes.Domain.Tests.Production.Workstations;

public sealed class TelemetryFoldProperties
{
    private const string Placer = "smt-01-placer-1";

    [Fact]
    public void However_telemetry_is_split_into_batches_and_replayed_the_counted_units_equal_final_minus_first_reading()
    {
        var gen =
            from increments in Gen.Int[0, 5].Array[2, 80]
            from cuts in Gen.Int[0, 79].Array[0, 6]
            from replays in Gen.Bool.Array[7]
            select (increments, cuts, replays);

        gen.Sample((increments, cuts, replays) =>
        {
            var readings = new List<MachineSignal>();
            long value = 1000;
            for (var i = 0; i < increments.Length; i++)
            {
                value += i == 0 ? 0 : increments[i];
                readings.Add(new CounterSignal(Placer, SignalKind.GoodCount, null, value, SamplePlant.Now.AddSeconds(28 * i)));
            }

            var workstation = WorkstationSetup.New(Placer);
            long counted = 0;
            var bounds = cuts.Where(c => c < readings.Count).Append(0).Append(readings.Count).Distinct().Order().ToList();
            for (var b = 0; b + 1 < bounds.Count; b++)
            {
                var batch = readings.Skip(bounds[b]).Take(bounds[b + 1] - bounds[b]).ToList();
                var fold = workstation.Fold(batch);
                counted += fold.Events.OfType<CountsAdvanced>().Sum(c => c.Delta);
                workstation = fold.Workstation;
                if (replays[b % replays.Length])
                {
                    Assert.Empty(workstation.Fold(batch).Events);
                }
            }

            Assert.Equal(value - 1000, counted);
        });
    }
}
