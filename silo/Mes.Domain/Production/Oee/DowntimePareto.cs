using Mes.Domain.Production.Machines;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Workstations;

namespace Mes.Domain.Production.Oee;

/// <summary>
/// Where a line's downtime went over a window [<see cref="From"/>, <see cref="To"/>): downtime grouped by
/// cause, largest first, each cause with its share and the running share, so the few causes that cost the
/// line most stand out. Two lists, because only one of them is a loss:
/// <list type="bullet">
/// <item><see cref="Losses"/>: downtime in a state OEE counts as planned production time (unscheduled
/// down: jams, waiting for material, no operator). This is the availability loss.</item>
/// <item><see cref="Scheduled"/>: scheduled downtime and engineering (preventive maintenance, changeover,
/// trials). Time planned not to produce, which OEE leaves out of planned time, so it is shown apart
/// and never in the loss shares.</item>
/// </list>
/// The list a downtime goes to follows its reported reason's category in master data (a machine stop the
/// operator explains as preventive maintenance is scheduled), else the downtime's own category. Each list's
/// shares are of its own total.
/// </summary>
public sealed record DowntimePareto(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<DowntimeParetoRow> Losses,
    IReadOnlyList<DowntimeParetoRow> Scheduled)
{
    /// <summary>The time lost to unscheduled downtime inside the window.</summary>
    public TimeSpan LostTime => Total(Losses);

    /// <summary>The scheduled downtime and engineering time inside the window.</summary>
    public TimeSpan ScheduledTime => Total(Scheduled);

    /// <summary>
    /// The Pareto of <paramref name="downtimes"/> (of any workstations; a line's, usually) over [from, to).
    /// Each downtime is clipped to the window; one still open (no end) counts up to <paramref name="now"/>.
    /// Reason descriptions and categories come from <paramref name="reasons"/> (the plant's reason list).
    /// Rows are ordered by duration, then occurrences (more first), then cause key, so equal inputs give
    /// the same order.
    /// </summary>
    public static DowntimePareto Of(
        DateTimeOffset from,
        DateTimeOffset to,
        DateTimeOffset now,
        IEnumerable<Downtime> downtimes,
        IEnumerable<DowntimeReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(downtimes);
        ArgumentNullException.ThrowIfNull(reasons);
        if (to <= from)
        {
            throw new ArgumentException("the window must end after it starts", nameof(to));
        }

        var reasonList = reasons.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var inWindow = downtimes
            .Select(d => Clipped(d, from, to, now, reasonList))
            .OfType<Stretch>()
            .ToList();
        return new DowntimePareto(from, to,
            Rows(inWindow.Where(s => s.Category.IsPlannedProduction()), reasonList),
            Rows(inWindow.Where(s => !s.Category.IsPlannedProduction()), reasonList));
    }

    private static Stretch? Clipped(Downtime downtime, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now,
        Dictionary<string, DowntimeReason> reasons)
    {
        var cause = DowntimeCause.Of(downtime);
        var category = cause.Kind == DowntimeCauseKind.Reason && reasons.TryGetValue(cause.Code!, out var reason)
            ? reason.Category
            : downtime.Category;
        var end = downtime.EndedAt ?? now;
        if (end <= downtime.StartedAt)
        {
            return null;
        }

        return new StateInterval(category, downtime.StartedAt, end).Clip(from, to) is { } inside
            ? new Stretch(downtime, cause, category, inside.Duration)
            : null;
    }

    private static List<DowntimeParetoRow> Rows(IEnumerable<Stretch> stretches, Dictionary<string, DowntimeReason> reasons)
    {
        var groups = stretches
            .GroupBy(s => s.Cause)
            .Select(g => (Cause: g.Key, Stretches: g.ToList(), Duration: Sum(g)))
            .OrderByDescending(g => g.Duration)
            .ThenByDescending(g => g.Stretches.Count)
            .ThenBy(g => g.Cause.Key, StringComparer.Ordinal)
            .ToList();
        var total = groups.Aggregate(TimeSpan.Zero, (sum, g) => sum + g.Duration);
        var rows = new List<DowntimeParetoRow>(groups.Count);
        var running = TimeSpan.Zero;
        foreach (var (cause, members, duration) in groups)
        {
            // The running share is the running duration over the total, not a sum of rounded shares, so
            // the last row is exactly 1.
            running += duration;
            rows.Add(new DowntimeParetoRow(cause, Description(cause, members, reasons), Category(members), members.Count,
                duration, Fraction(duration, total), Fraction(running, total), Workstations(members),
                members.Any(s => s.Downtime.EndedAt is null)));
        }

        return rows;
    }

    private static string? Description(DowntimeCause cause, List<Stretch> members, Dictionary<string, DowntimeReason> reasons) =>
        cause.Kind switch
        {
            DowntimeCauseKind.Reason => reasons.GetValueOrDefault(cause.Code!)?.Description,
            DowntimeCauseKind.Alarm => members.OrderByDescending(s => s.Downtime.StartedAt)
                .Select(s => s.Downtime.AlarmText)
                .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text)),
            _ => null,
        };

    private static E10State Category(List<Stretch> members) =>
        members.GroupBy(s => s.Category).MaxBy(g => Sum(g))!.Key;

    private static List<string> Workstations(List<Stretch> members) =>
        members.GroupBy(s => s.Downtime.WorkstationId, StringComparer.Ordinal)
            .OrderByDescending(g => Sum(g))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();

    private static TimeSpan Sum(IEnumerable<Stretch> stretches) =>
        stretches.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration);

    private static TimeSpan Total(IEnumerable<DowntimeParetoRow> rows) =>
        rows.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Duration);

    private static decimal Fraction(TimeSpan part, TimeSpan whole) =>
        whole == TimeSpan.Zero ? 0m : (decimal)part.Ticks / whole.Ticks;

    /// <summary>The part of one downtime inside the window, with the cause and category it counts under.</summary>
    private sealed record Stretch(Downtime Downtime, DowntimeCause Cause, E10State Category, TimeSpan Duration);
}
