namespace Mes.Contracts.Production.Instructions;

/// <summary>A downtime reason an operator can report.</summary>
/// <param name="Code">The code (<c>JAM</c>).</param>
/// <param name="Description">What it means.</param>
/// <param name="Category">The SEMI E10 state the time belongs to (<c>UnscheduledDown</c>).</param>
[GenerateSerializer, Immutable, Alias("mes.production.downtime-reason-view")]
public sealed record DowntimeReasonView(
    [property: Id(0)] string Code,
    [property: Id(1)] string Description,
    [property: Id(2)] string Category);
