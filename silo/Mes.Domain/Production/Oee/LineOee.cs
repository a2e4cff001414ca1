namespace Mes.Domain.Production.Oee;

/// <summary>
/// Line OEE: availability and performance of the constraint workstation times the line's rolled
/// throughput yield. See <see cref="OeeCalculator.ForLine"/> for why.
/// </summary>
public sealed record LineOee(
    string ConstraintWorkstationId,
    IReadOnlyList<WorkstationOee> Workstations,
    decimal Availability,
    decimal Performance,
    decimal Quality,
    decimal Oee);
