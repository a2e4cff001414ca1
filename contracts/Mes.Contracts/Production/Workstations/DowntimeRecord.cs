namespace Mes.Contracts.Production.Workstations;

/// <summary>A downtime of a workstation.</summary>
/// <param name="DowntimeId">Its id.</param>
/// <param name="Category">The E10 state the time belongs to (<c>UnscheduledDown</c>, …).</param>
/// <param name="Source"><c>Machine</c> when the machine entered a down state, <c>Operator</c> when reported.</param>
/// <param name="StartedAt">Start (UTC).</param>
/// <param name="EndedAt">End (UTC), null while open.</param>
/// <param name="AlarmCode">The alarm that came with it.</param>
/// <param name="AlarmText">The alarm's text.</param>
/// <param name="ReasonCode">The reason an operator gave, or null.</param>
/// <param name="ReportedBy">The badge of who gave it.</param>
[GenerateSerializer, Immutable, Alias("mes.production.downtime-record")]
public sealed record DowntimeRecord(
    [property: Id(0)] string DowntimeId,
    [property: Id(1)] string Category,
    [property: Id(2)] string Source,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] DateTimeOffset? EndedAt,
    [property: Id(5)] string? AlarmCode,
    [property: Id(6)] string? AlarmText,
    [property: Id(7)] string? ReasonCode,
    [property: Id(8)] string? ReportedBy);
