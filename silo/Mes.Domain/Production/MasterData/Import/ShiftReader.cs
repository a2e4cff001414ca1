namespace Mes.Domain.Production.MasterData.Import;

/// <summary>Reads shifts.json: name, start and end as local HH:mm of the site's time zone.</summary>
internal static class ShiftReader
{
    public static IReadOnlyList<Shift> Read(IReadOnlyList<SourceRecord> records)
    {
        var shifts = records.Select(r => new Located<Shift>(new Shift(r.Text("name"), r.TimeOfDay("start"), r.TimeOfDay("end")), r)).ToList();
        var unique = LocatedChecks.Unique(shifts, s => s.Name, "name", "shift");
        // TimeOnly subtraction wraps past midnight; equal start and end is a 24-hour shift.
        var covered = unique.Aggregate(TimeSpan.Zero, (sum, s) => sum + (s.End == s.Start ? TimeSpan.FromDays(1) : s.End - s.Start));
        if (covered > TimeSpan.FromDays(1))
        {
            shifts[^1].Source.Error("end", "the shifts overlap: together they last more than 24 hours");
        }

        return unique;
    }
}
