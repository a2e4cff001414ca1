namespace Mes.Contracts.Production.Oee;

/// <summary>
/// A line's OEE: availability and performance of the constraint workstation (the longest ideal cycle)
/// times the rolled throughput yield of all workstations.
/// </summary>
/// <param name="LineId">The line.</param>
/// <param name="From">Window start (UTC).</param>
/// <param name="To">Window end (UTC).</param>
/// <param name="Shift">The shift's name when the window is a shift, else null.</param>
/// <param name="ConstraintWorkstationId">The constraint.</param>
/// <param name="Factors">The line's figures.</param>
/// <param name="Workstations">Every machine workstation's report: the basis of the line's figures.</param>
[GenerateSerializer, Immutable, Alias("mes.production.line-oee")]
public sealed record LineOeeReport(
    [property: Id(0)] string LineId,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To,
    [property: Id(3)] string? Shift,
    [property: Id(4)] string ConstraintWorkstationId,
    [property: Id(5)] OeeFactors Factors,
    [property: Id(6)] IReadOnlyList<WorkstationOeeReport> Workstations);
