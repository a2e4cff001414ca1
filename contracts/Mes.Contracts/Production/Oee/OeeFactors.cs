namespace Mes.Contracts.Production.Oee;

/// <summary>OEE and its three factors, as fractions (0.85 = 85 %).</summary>
/// <param name="Availability">Run time / planned time.</param>
/// <param name="Performance">Ideal cycle × total count / run time, capped at 1.</param>
/// <param name="Quality">Good / total.</param>
/// <param name="Oee">Availability × performance × quality.</param>
/// <param name="PerformanceCapped">True when performance came out above 1 and was capped (the ideal cycle
/// time in master data is slower than the machine).</param>
[GenerateSerializer, Immutable, Alias("mes.production.oee-factors")]
public sealed record OeeFactors(
    [property: Id(0)] decimal Availability,
    [property: Id(1)] decimal Performance,
    [property: Id(2)] decimal Quality,
    [property: Id(3)] decimal Oee,
    [property: Id(4)] bool PerformanceCapped);
