namespace Mes.Domain.Production.Oee;

/// <summary>
/// OEE with its inputs, computed in one place so every screen shows the same number:
/// <list type="bullet">
/// <item>availability = run time / planned time;</item>
/// <item>performance = ideal cycle time × total count / run time, capped at 1 (a figure above 1 means
/// the ideal cycle time in master data is slower than the machine; <see cref="PerformanceCapped"/> says
/// so rather than hiding it);</item>
/// <item>quality = good count / total count;</item>
/// <item>OEE = availability × performance × quality.</item>
/// </list>
/// A factor whose denominator is zero is 0 (nothing planned, nothing run, nothing counted).
/// </summary>
public sealed record OeeFigures(
    TimeSpan PlannedTime,
    TimeSpan RunTime,
    decimal IdealCycleSeconds,
    long TotalCount,
    long GoodCount,
    decimal Availability,
    decimal Performance,
    decimal Quality,
    decimal Oee,
    bool PerformanceCapped)
{
    /// <summary>Computes the factors from the inputs.</summary>
    public static OeeFigures From(TimeSpan plannedTime, TimeSpan runTime, decimal idealCycleSeconds, long totalCount, long goodCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(plannedTime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(runTime, plannedTime);
        ArgumentOutOfRangeException.ThrowIfLessThan(runTime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(idealCycleSeconds);
        ArgumentOutOfRangeException.ThrowIfNegative(totalCount);
        ArgumentOutOfRangeException.ThrowIfNegative(goodCount);

        var availability = Ratio(runTime.Ticks, plannedTime.Ticks);
        var idealSeconds = idealCycleSeconds * totalCount;
        var runSeconds = (decimal)runTime.Ticks / TimeSpan.TicksPerSecond;
        var rawPerformance = Ratio(idealSeconds, runSeconds);
        var performance = Math.Min(1m, rawPerformance);
        var quality = Math.Min(1m, Ratio(goodCount, totalCount));
        return new OeeFigures(plannedTime, runTime, idealCycleSeconds, totalCount, goodCount,
            availability, performance, quality, availability * performance * quality, rawPerformance > 1m);
    }

    private static decimal Ratio(decimal part, decimal whole) => whole == 0 ? 0m : part / whole;
}
