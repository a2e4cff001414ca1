namespace Mes.Domain.Production.Machines;

/// <summary>
/// Turns readings of a cumulative counter (GoodCount, Slots.3.Picks, …) into deltas. The counters are
/// cumulative and never reset on purpose, so a step back is a reset and a long silence is a gap: both are
/// recorded, and no count is lost or counted twice.
/// </summary>
public static class CounterTracker
{
    /// <summary>Readings further apart than this are a gap.</summary>
    public static readonly TimeSpan DefaultGapLimit = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The step from <paramref name="last"/> (null before the first reading) to <paramref name="value"/>
    /// read at <paramref name="at"/>. The first reading is the baseline and adds nothing.
    /// <paramref name="spansOutage"/> says the connection to the machine was lost between the two readings:
    /// a rise is then a gap however short the outage was.
    /// </summary>
    public static CounterStep Advance(CounterReading? last, long value, DateTimeOffset at, TimeSpan gapLimit, bool spansOutage = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var reading = new CounterReading(value, at);
        if (last is null)
        {
            return new CounterStep(0, CounterDiscontinuity.None, reading, Ignored: false);
        }

        if (at <= last.At)
        {
            return new CounterStep(0, CounterDiscontinuity.None, last, Ignored: true);
        }

        if (value < last.Value)
        {
            return new CounterStep(value, CounterDiscontinuity.Reset, reading, Ignored: false);
        }

        var unheard = spansOutage || at - last.At > gapLimit;
        var discontinuity = unheard && value > last.Value ? CounterDiscontinuity.Gap : CounterDiscontinuity.None;
        return new CounterStep(value - last.Value, discontinuity, reading, Ignored: false);
    }
}
