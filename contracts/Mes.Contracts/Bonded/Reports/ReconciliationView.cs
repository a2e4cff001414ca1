namespace Mes.Contracts.Bonded.Reports;

/// <summary>
/// The period reconciliation of every item (bonded and non-bonded) and the write-off tables of the bonded stock:
/// materials, finished goods, norm consumption and the customs documents booked.
/// </summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.reconciliation")]
public sealed record ReconciliationView(
    [property: Id(0)] ReportPeriod Period,
    [property: Id(1)] IReadOnlyList<ReconciliationRowView> Rows,
    [property: Id(2)] IReadOnlyList<ReconciliationRowView> Materials,
    [property: Id(3)] IReadOnlyList<ReconciliationRowView> FinishedGoods,
    [property: Id(4)] IReadOnlyList<NormConsumptionRowView> NormConsumption,
    [property: Id(5)] IReadOnlyList<DocumentMovementRowView> Documents,
    [property: Id(6)] bool Reconciles);
