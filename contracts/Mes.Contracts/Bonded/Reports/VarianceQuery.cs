namespace Mes.Contracts.Bonded.Reports;

/// <summary>Actual consumption to compare with the consumption booked by norm, and the tolerance in percent.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.variance-query")]
public sealed record VarianceQuery([property: Id(0)] decimal TolerancePercent, [property: Id(1)] IReadOnlyList<ActualConsumptionLine> Actuals);
