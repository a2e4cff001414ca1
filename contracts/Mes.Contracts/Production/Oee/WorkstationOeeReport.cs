namespace Mes.Contracts.Production.Oee;

/// <summary>A workstation's OEE over a window, with its basis.</summary>
/// <param name="WorkstationId">The workstation.</param>
/// <param name="From">Window start (UTC).</param>
/// <param name="To">Window end (UTC).</param>
/// <param name="Factors">The figures.</param>
/// <param name="Basis">What they were computed from.</param>
[GenerateSerializer, Immutable, Alias("mes.production.workstation-oee")]
public sealed record WorkstationOeeReport(
    [property: Id(0)] string WorkstationId,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To,
    [property: Id(3)] OeeFactors Factors,
    [property: Id(4)] OeeBasis Basis);
