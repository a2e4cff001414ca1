using Mes.Domain.Production.Machines;

namespace Mes.Domain.Production.Oee;

/// <summary>One cause of a <see cref="DowntimePareto"/> with the time it took inside the window.</summary>
/// <param name="Cause">The reason, alarm or unassigned.</param>
/// <param name="Description">The reason's description from master data, the alarm's text for an alarm, null when
/// there is none (unassigned, or a reason code no longer in master data).</param>
/// <param name="Category">The E10 state the time belongs to: the reason's category for a reported reason, else
/// the downtime's own (when the row mixes several, the one holding the most time).</param>
/// <param name="Occurrences">How many downtimes overlap the window.</param>
/// <param name="Duration">Their time inside the window.</param>
/// <param name="Share">Duration / the list's total duration.</param>
/// <param name="CumulativeShare">The shares of this row and every row before it; 1 on the last row.</param>
/// <param name="Workstations">The workstations affected, the one that lost most first.</param>
/// <param name="IncludesOpen">True when one of the downtimes is still open and counted up to now.</param>
public sealed record DowntimeParetoRow(
    DowntimeCause Cause,
    string? Description,
    E10State Category,
    int Occurrences,
    TimeSpan Duration,
    decimal Share,
    decimal CumulativeShare,
    IReadOnlyList<string> Workstations,
    bool IncludesOpen);
