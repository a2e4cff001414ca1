using Mes.Domain.Bonded.MasterData;

namespace Mes.Domain.Bonded.Reports;

/// <summary>
/// The write-off (核销) package of a period for the bonded stock: material table, finished-goods table, norm
/// table and the customs documents booked. Non-bonded stock is not written off and is left out.
/// </summary>
public sealed record WriteOffPackage(
    AccountBook Book,
    ReportingPeriod Period,
    IReadOnlyList<ReconciliationRow> Materials,
    IReadOnlyList<ReconciliationRow> FinishedGoods,
    IReadOnlyList<NormConsumptionRow> NormConsumption,
    IReadOnlyList<DocumentMovementRow> Documents)
{
    /// <summary>True when every line of the material and finished-goods tables reconciles.</summary>
    public bool Reconciles => Materials.Concat(FinishedGoods).All(r => r.Reconciles);
}
