using Mes.Domain.Production.Machines;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Workstations;

namespace Mes.Domain.Production.Oee;

/// <summary>OEE per workstation (any window, e.g. a shift) and per line, from state intervals and counts.</summary>
public static class OeeCalculator
{
    /// <summary>
    /// The OEE of a workstation over [from, to). Planned time is the time in productive, standby and
    /// unscheduled-down states (E10 operations time less scheduled downtime and engineering, which are
    /// planned not to produce); run time is productive time; total and good counts are the sums of the
    /// TotalCount and GoodCount deltas stamped inside the window. Time with no state reported is not planned.
    /// </summary>
    public static WorkstationOee ForWorkstation(
        string workstationId,
        DateTimeOffset from,
        DateTimeOffset to,
        IEnumerable<StateInterval> intervals,
        IEnumerable<CountsAdvanced> counts,
        decimal idealCycleSeconds)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        ArgumentNullException.ThrowIfNull(counts);
        var clipped = intervals.Select(i => i.Clip(from, to)).OfType<StateInterval>().ToList();
        var planned = Sum(clipped.Where(i => i.State.IsPlannedProduction()));
        var run = Sum(clipped.Where(i => i.State == E10State.Productive));
        var inWindow = counts.Where(c => c.WorkstationId == workstationId && c.Slot is null && c.At >= from && c.At < to).ToList();
        var total = inWindow.Where(c => c.Counter == SignalKind.TotalCount).Sum(c => c.Delta);
        var good = inWindow.Where(c => c.Counter == SignalKind.GoodCount).Sum(c => c.Delta);
        return new WorkstationOee(workstationId, from, to, OeeFigures.From(planned, run, idealCycleSeconds, total, good));
    }

    /// <summary>The OEE of a workstation over one shift of the shift calendar.</summary>
    public static WorkstationOee ForShift(
        string workstationId,
        ShiftWindow shift,
        IEnumerable<StateInterval> intervals,
        IEnumerable<CountsAdvanced> counts,
        decimal idealCycleSeconds)
    {
        ArgumentNullException.ThrowIfNull(shift);
        return ForWorkstation(workstationId, shift.Start, shift.End, intervals, counts, idealCycleSeconds);
    }

    /// <summary>
    /// Line OEE = availability × performance of the constraint workstation × rolled throughput yield
    /// (the product of every workstation's quality). The constraint is the workstation with the longest
    /// ideal cycle time (the first listed on a tie). Why: an SMT line is a chain with small buffers, so it
    /// produces at the pace of its constraint; time lost elsewhere costs the line output only when it
    /// starves or blocks the constraint, and then it shows as constraint standby. Quality losses anywhere
    /// waste constraint capacity already spent, hence the rolled yield. Summing the stations' inputs
    /// instead would count one line stop once per station and let a fast station's waiting dilute the figure.
    /// </summary>
    public static LineOee ForLine(IReadOnlyList<WorkstationOee> workstations)
    {
        ArgumentNullException.ThrowIfNull(workstations);
        if (workstations.Count == 0)
        {
            throw new ArgumentException("a line needs at least one workstation", nameof(workstations));
        }

        var constraint = workstations.Aggregate((best, next) =>
            next.Figures.IdealCycleSeconds > best.Figures.IdealCycleSeconds ? next : best);
        var rolledYield = workstations.Aggregate(1m, (yield, ws) => yield * ws.Figures.Quality);
        var availability = constraint.Figures.Availability;
        var performance = constraint.Figures.Performance;
        return new LineOee(constraint.WorkstationId, workstations, availability, performance, rolledYield,
            availability * performance * rolledYield);
    }

    private static TimeSpan Sum(IEnumerable<StateInterval> intervals) =>
        intervals.Aggregate(TimeSpan.Zero, (sum, interval) => sum + interval.Duration);
}
