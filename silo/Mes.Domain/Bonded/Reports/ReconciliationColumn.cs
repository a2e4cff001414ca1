using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Reports;

/// <summary>The columns of the write-off identity (bonded-notes R1, R2) a movement is counted in.</summary>
public enum ReconciliationColumn
{
    /// <summary>Not a movement of the book balance (suspense, counts, moves within the book).</summary>
    None,

    /// <summary>Import receipts, including suspense receipts once documented.</summary>
    Receipts,

    /// <summary>Carry-overs in from other bonded enterprises.</summary>
    CarryIns,

    /// <summary>Finished goods produced.</summary>
    Produced,

    /// <summary>Material consumed by norm.</summary>
    Consumed,

    /// <summary>Re-exports of materials and exports of finished goods.</summary>
    Exported,

    /// <summary>Domestic sales.</summary>
    DomesticSold,

    /// <summary>Carry-overs out to other bonded enterprises.</summary>
    CarriedOut,

    /// <summary>Defectives disposed of.</summary>
    Disposed,

    /// <summary>Stock-take surpluses.</summary>
    AdjustedIn,

    /// <summary>Stock-take shortages.</summary>
    AdjustedOut,

    /// <summary>Scrap generated (scrap ledger, not the book balance).</summary>
    ScrapGenerated,

    /// <summary>Scrap disposed of (scrap ledger).</summary>
    ScrapDisposed,
}

/// <summary>Which column each kind of movement is counted in; a reversal counts negatively in its original's column.</summary>
public static class ReconciliationColumns
{
    /// <summary>The column of a kind of movement.</summary>
    public static ReconciliationColumn Of(EntryKind kind) => kind switch
    {
        EntryKind.ImportReceipt or EntryKind.SuspenseRelease => ReconciliationColumn.Receipts,
        EntryKind.CarryOverIn => ReconciliationColumn.CarryIns,
        EntryKind.FinishedGoodsProduced => ReconciliationColumn.Produced,
        EntryKind.Consumption => ReconciliationColumn.Consumed,
        EntryKind.Export => ReconciliationColumn.Exported,
        EntryKind.DomesticSale => ReconciliationColumn.DomesticSold,
        EntryKind.CarryOverOut => ReconciliationColumn.CarriedOut,
        EntryKind.DefectiveDisposed => ReconciliationColumn.Disposed,
        EntryKind.StockAdjustmentGain => ReconciliationColumn.AdjustedIn,
        EntryKind.StockAdjustmentLoss => ReconciliationColumn.AdjustedOut,
        EntryKind.ScrapGenerated => ReconciliationColumn.ScrapGenerated,
        EntryKind.ScrapDisposed => ReconciliationColumn.ScrapDisposed,
        _ => ReconciliationColumn.None,
    };
}
