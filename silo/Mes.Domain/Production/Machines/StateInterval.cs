namespace Mes.Domain.Production.Machines;

/// <summary>A stretch of time [From, To) a workstation spent in one E10 state.</summary>
public sealed record StateInterval(E10State State, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>The length of the interval.</summary>
    public TimeSpan Duration => To - From;

    /// <summary>The part of the interval inside [from, to), or null when they do not overlap.</summary>
    public StateInterval? Clip(DateTimeOffset from, DateTimeOffset to)
    {
        var start = From > from ? From : from;
        var end = To < to ? To : to;
        return end > start ? this with { From = start, To = end } : null;
    }
}
