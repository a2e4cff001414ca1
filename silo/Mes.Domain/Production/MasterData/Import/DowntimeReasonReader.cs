using Mes.Domain.Production.Machines;

namespace Mes.Domain.Production.MasterData.Import;

/// <summary>Reads downtime reasons (JSON or CSV): code, description and the E10 category.</summary>
internal static class DowntimeReasonReader
{
    public static IReadOnlyList<DowntimeReason> Read(IReadOnlyList<SourceRecord> records)
    {
        var reasons = records.Select(r => new Located<DowntimeReason>(new DowntimeReason(r.Text("code"), r.Text("description"),
            r.Parse<E10State>("category", t => Enum.TryParse<E10State>(t, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null,
                $"an E10 state ({string.Join(", ", Enum.GetNames<E10State>())})") ?? E10State.UnscheduledDown), r)).ToList();
        return LocatedChecks.Unique(reasons, r => r.Code, "code", "reason code");
    }
}
