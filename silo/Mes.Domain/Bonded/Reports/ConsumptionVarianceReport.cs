namespace Mes.Domain.Bonded.Reports;

/// <summary>The variance rows, and the actual lines that could not be compared (an order with no back-flush, an unmapped part).</summary>
public sealed record ConsumptionVarianceReport(
    decimal TolerancePercent,
    IReadOnlyList<ConsumptionVarianceRow> Rows,
    IReadOnlyList<ActualConsumption> NotCompared);
