namespace Mes.Domain.Production.MasterData;

/// <summary>
/// Places the shift pattern (local times of the plant) on the UTC time line. Boundaries are converted
/// through the plant's time zone, so a zone with daylight saving gets shorter or longer shifts on the
/// change-over days; Asia/Shanghai has none.
/// </summary>
public sealed class ShiftCalendar(TimeZoneInfo timeZone, IReadOnlyList<Shift> shifts)
{
    /// <summary>The plant's time zone.</summary>
    public TimeZoneInfo TimeZone { get; } = timeZone;

    /// <summary>The shift pattern.</summary>
    public IReadOnlyList<Shift> Shifts { get; } = shifts;

    /// <summary>The shift windows of one production day, in shift order.</summary>
    public IEnumerable<ShiftWindow> WindowsOn(DateOnly productionDay) =>
        Shifts.Select(shift =>
        {
            var endDay = shift.CrossesMidnight ? productionDay.AddDays(1) : productionDay;
            return new ShiftWindow(shift.Name, productionDay, ToUtc(productionDay, shift.Start), ToUtc(endDay, shift.End));
        });

    /// <summary>Every shift window overlapping [from, to), in time order.</summary>
    public IReadOnlyList<ShiftWindow> WindowsBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, TimeZone).DateTime).AddDays(-1);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, TimeZone).DateTime);
        var windows = new List<ShiftWindow>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            windows.AddRange(WindowsOn(day).Where(w => w.End > from && w.Start < to));
        }

        return windows.OrderBy(w => w.Start).ToList();
    }

    /// <summary>The shift window containing <paramref name="at"/>, or null outside every shift.</summary>
    public ShiftWindow? WindowAt(DateTimeOffset at) =>
        WindowsBetween(at, at.AddTicks(1)).FirstOrDefault(w => w.Start <= at && at < w.End);

    private DateTimeOffset ToUtc(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
