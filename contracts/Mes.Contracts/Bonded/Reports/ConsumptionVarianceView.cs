namespace Mes.Contracts.Bonded.Reports;

/// <summary>The variance rows, and the actual lines that could not be compared.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.consumption-variance")]
public sealed record ConsumptionVarianceView(
    [property: Id(0)] decimal TolerancePercent,
    [property: Id(1)] IReadOnlyList<ConsumptionVarianceRowView> Rows,
    [property: Id(2)] IReadOnlyList<ActualConsumptionLine> NotCompared);
