namespace Mes.Domain.Bonded.MasterData;

/// <summary>A half-open window [<see cref="From"/>, <see cref="To"/>) of posting times, in UTC.</summary>
public readonly record struct ReportingPeriod
{
    /// <exception cref="ArgumentException">The window is empty or reversed.</exception>
    public ReportingPeriod(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            throw new ArgumentException($"A period must end after it starts ({from:O} .. {to:O}).", nameof(to));
        }

        From = from.ToUniversalTime();
        To = to.ToUniversalTime();
    }

    /// <summary>The first instant inside the period.</summary>
    public DateTimeOffset From { get; }

    /// <summary>The first instant after the period.</summary>
    public DateTimeOffset To { get; }
}
