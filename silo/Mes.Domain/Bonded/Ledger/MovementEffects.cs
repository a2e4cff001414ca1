using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Ledger;

/// <summary>
/// What each kind of movement does to the buckets of its item (and lot). The one place this is defined:
/// the projection applies it, the posting rules check the result, the ledger report sums the book change.
/// </summary>
public static class MovementEffects
{
    /// <summary>The signed change of each bucket, in declared units; a reversal has the reversed kind's effect negated.</summary>
    public static IReadOnlyList<(Bucket Bucket, decimal Delta)> Of(Movement movement)
    {
        ArgumentNullException.ThrowIfNull(movement);
        var q = movement.Quantities.Declared.Value * movement.Sign;
        return movement.EffectiveKind switch
        {
            EntryKind.ImportReceipt or EntryKind.CarryOverIn or EntryKind.FinishedGoodsProduced
                or EntryKind.StockAdjustmentGain => [(Bucket.Stock, q)],
            EntryKind.SuspenseReceipt => [(Bucket.Suspense, q)],
            EntryKind.SuspenseRelease => [(Bucket.Suspense, -q), (Bucket.Stock, q)],
            EntryKind.Consumption =>
                [(Bucket.Stock, -q), (Bucket.ScrapAllowance, (movement.Consumption?.TheoreticalScrap ?? 0m) * movement.Sign)],
            EntryKind.ScrapGenerated => [(Bucket.Scrap, q), (Bucket.ScrapAllowance, -q)],
            EntryKind.Export or EntryKind.DomesticSale or EntryKind.CarryOverOut
                or EntryKind.StockAdjustmentLoss => [(Bucket.Stock, -q)],
            EntryKind.ScrapDisposed => [(Bucket.Scrap, -q)],
            EntryKind.DefectiveReported => [(Bucket.Stock, -q), (Bucket.Defective, q)],
            EntryKind.DefectiveDisposed => [(Bucket.Defective, -q)],
            EntryKind.OutwardProcessingOut => [(Bucket.Stock, -q), (Bucket.AtSubcontractor, q)],
            EntryKind.OutwardProcessingIn => [(Bucket.AtSubcontractor, -q), (Bucket.Stock, q)],
            _ => [],
        };
    }

    /// <summary>The change of the book balance (stock + at subcontractor + defective) an entry makes.</summary>
    public static decimal BookChange(Movement movement) =>
        Of(movement).Where(e => e.Bucket is Bucket.Stock or Bucket.AtSubcontractor or Bucket.Defective).Sum(e => e.Delta);
}
