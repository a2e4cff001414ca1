namespace Mes.Contracts.Production.Oee;

/// <summary>One cause of a downtime Pareto: the time it took inside the window and its share.</summary>
/// <param name="Cause">The cause in one word: the reason code (<c>JAM</c>), <c>alarm:&lt;alarm code&gt;</c> for
/// machine downtime no reason was reported for yet, or <c>unassigned</c>.</param>
/// <param name="Kind"><c>Reason</c>, <c>Alarm</c> or <c>Unassigned</c>.</param>
/// <param name="Code">The reason or alarm code; null when unassigned.</param>
/// <param name="Description">The reason's description in master data, the alarm's text, or null.</param>
/// <param name="Category">The E10 state the time belongs to (<c>UnscheduledDown</c>, <c>ScheduledDown</c>, …).</param>
/// <param name="Occurrences">How many downtimes overlap the window.</param>
/// <param name="Duration">Their time inside the window.</param>
/// <param name="Share">Duration / the list's total, a fraction of one.</param>
/// <param name="CumulativeShare">This row's share and every larger one's; 1 on the last row.</param>
/// <param name="Workstations">The workstations affected, the one that lost most first.</param>
/// <param name="IncludesOpen">True when a downtime of this cause is still open and counted up to now.</param>
[GenerateSerializer, Immutable, Alias("mes.production.downtime-cause-share")]
public sealed record DowntimeCauseShare(
    [property: Id(0)] string Cause,
    [property: Id(1)] string Kind,
    [property: Id(2)] string? Code,
    [property: Id(3)] string? Description,
    [property: Id(4)] string Category,
    [property: Id(5)] int Occurrences,
    [property: Id(6)] TimeSpan Duration,
    [property: Id(7)] decimal Share,
    [property: Id(8)] decimal CumulativeShare,
    [property: Id(9)] IReadOnlyList<string> Workstations,
    [property: Id(10)] bool IncludesOpen);
