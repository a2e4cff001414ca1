namespace Mes.Contracts.Production.Oee;

/// <summary>
/// A line's downtime over [From, To) by cause, largest first. <see cref="Losses"/> is the availability loss
/// (unscheduled downtime); <see cref="Scheduled"/> is scheduled downtime and engineering, time planned not
/// to produce that OEE leaves out of planned time, so it is kept apart. Each list's shares are of its own total.
/// </summary>
/// <param name="LineId">The line.</param>
/// <param name="From">Window start (UTC).</param>
/// <param name="To">Window end (UTC).</param>
/// <param name="Losses">Unscheduled downtime by cause.</param>
/// <param name="Scheduled">Scheduled downtime and engineering by cause.</param>
/// <param name="LostTime">The total of <paramref name="Losses"/>.</param>
/// <param name="ScheduledTime">The total of <paramref name="Scheduled"/>.</param>
[GenerateSerializer, Immutable, Alias("mes.production.downtime-pareto")]
public sealed record DowntimeParetoReport(
    [property: Id(0)] string LineId,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To,
    [property: Id(3)] IReadOnlyList<DowntimeCauseShare> Losses,
    [property: Id(4)] IReadOnlyList<DowntimeCauseShare> Scheduled,
    [property: Id(5)] TimeSpan LostTime,
    [property: Id(6)] TimeSpan ScheduledTime);
