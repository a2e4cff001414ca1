namespace Mes.Domain.Production.Machines;

/// <summary>Turns state changes into contiguous state intervals.</summary>
public static class StateTimeline
{
    /// <summary>
    /// The intervals between consecutive changes (in time order; repeated states merged), the last one
    /// running until <paramref name="until"/>. Changes at or after <paramref name="until"/> are ignored.
    /// </summary>
    public static IReadOnlyList<StateInterval> Intervals(IEnumerable<StateChange> changes, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var intervals = new List<StateInterval>();
        StateChange? open = null;
        foreach (var change in changes.Where(c => c.At < until).OrderBy(c => c.At))
        {
            if (open is null)
            {
                open = change;
                continue;
            }

            if (change.State == open.State)
            {
                continue;
            }

            if (change.At > open.At)
            {
                intervals.Add(new StateInterval(open.State, open.At, change.At));
            }

            open = change;
        }

        if (open is not null)
        {
            intervals.Add(new StateInterval(open.State, open.At, until));
        }

        return intervals;
    }
}
