using CsCheck;
using Mes.Domain.Production.Machines;

namespace Mes.Domain.Tests.Production.Machines;

public sealed class CounterTrackerTests
{
    private static readonly DateTimeOffset T0 = SamplePlant.Now;
    private static readonly TimeSpan Gap = CounterTracker.DefaultGapLimit;

    [Fact]
    public void The_first_reading_is_the_baseline_and_adds_nothing()
    {
        Assert.Equal(0, CounterTracker.Advance(null, 1500, T0, Gap).Delta);
    }

    [Fact]
    public void A_counter_going_backwards_is_recorded_as_a_reset_and_counts_what_it_counted_since()
    {
        var step = CounterTracker.Advance(new CounterReading(1500, T0), 4, T0.AddSeconds(30), Gap);

        Assert.Equal((4L, CounterDiscontinuity.Reset), (step.Delta, step.Discontinuity));
    }

    [Fact]
    public void Readings_further_apart_than_the_gap_limit_keep_the_whole_delta_and_are_marked_as_a_gap()
    {
        var step = CounterTracker.Advance(new CounterReading(100, T0), 130, T0.AddMinutes(20), Gap);

        Assert.Equal((30L, CounterDiscontinuity.Gap), (step.Delta, step.Discontinuity));
    }

    [Fact]
    public void A_rise_across_a_lost_connection_keeps_the_whole_delta_and_is_marked_as_a_gap_however_short_the_outage()
    {
        var step = CounterTracker.Advance(new CounterReading(100, T0), 107, T0.AddSeconds(20), Gap, spansOutage: true);

        Assert.Equal((7L, CounterDiscontinuity.Gap), (step.Delta, step.Discontinuity));
    }

    [Fact]
    public void A_counter_that_did_not_move_across_a_lost_connection_records_no_gap()
    {
        var step = CounterTracker.Advance(new CounterReading(100, T0), 100, T0.AddSeconds(20), Gap, spansOutage: true);

        Assert.Equal((0L, CounterDiscontinuity.None), (step.Delta, step.Discontinuity));
    }

    [Fact]
    public void A_reading_not_newer_than_the_last_is_ignored()
    {
        var step = CounterTracker.Advance(new CounterReading(100, T0), 130, T0, Gap);

        Assert.True(step.Ignored);
        Assert.Equal(0, step.Delta);
    }

    [Fact]
    public void Deltas_are_never_negative_and_sum_to_final_minus_initial_when_the_counter_never_resets()
    {
        Gen.Long[0, 1_000_000].Select(Gen.Int[0, 50].Array[1, 60])
            .Sample((start, increments) =>
            {
                CounterReading? last = null;
                long total = 0, value = start;
                for (var i = 0; i < increments.Length; i++)
                {
                    value += i == 0 ? 0 : increments[i];
                    var step = CounterTracker.Advance(last, value, T0.AddSeconds(i), Gap);
                    Assert.True(step.Delta >= 0);
                    total += step.Delta;
                    last = step.Reading;
                }

                Assert.Equal(value - start, total);
            });
    }

    [Fact]
    public void Deltas_stay_non_negative_whatever_the_counter_does()
    {
        Gen.Long[0, 10_000].Array[1, 60].Sample(values =>
        {
            CounterReading? last = null;
            for (var i = 0; i < values.Length; i++)
            {
                var step = CounterTracker.Advance(last, values[i], T0.AddSeconds(i), Gap);
                Assert.True(step.Delta >= 0);
                last = step.Reading;
            }
        });
    }
}
