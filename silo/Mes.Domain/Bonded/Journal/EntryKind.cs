namespace Mes.Domain.Bonded.Journal;

/// <summary>
/// The movements of the journal. Each kind moves quantity between the buckets of one item and status:
/// stock on site, at a subcontractor, defective, suspense (received without a document) and scrap.
/// The book balance (帐面结余) is stock + at subcontractor + defective.
/// </summary>
public enum EntryKind
{
    /// <summary>Materials received on an inventory-list line (料件进口): stock +. Creates the lot.</summary>
    ImportReceipt,

    /// <summary>Goods received without a customs document: suspense +, not on the book.</summary>
    SuspenseReceipt,

    /// <summary>A document attached to a suspense receipt: suspense −, stock + (counted as a receipt).</summary>
    SuspenseRelease,

    /// <summary>Received from another bonded enterprise (深加工结转转入): stock +.</summary>
    CarryOverIn,

    /// <summary>Material consumed by norm for completed units (成品耗用): stock −.</summary>
    Consumption,

    /// <summary>Finished goods produced by an order: stock + on the E item.</summary>
    FinishedGoodsProduced,

    /// <summary>Scrap arising inside the norm's tangible loss (边角料): scrap +, the material is not deducted again.</summary>
    ScrapGenerated,

    /// <summary>Exported: materials returned or re-exported (退运复出), finished goods shipped (成品出口): stock −.</summary>
    Export,

    /// <summary>Sold into the domestic market with duty (内销): stock −.</summary>
    DomesticSale,

    /// <summary>Carried over to another bonded enterprise (深加工结转转出): stock −.</summary>
    CarryOverOut,

    /// <summary>Scrap sold, returned or destroyed: scrap −.</summary>
    ScrapDisposed,

    /// <summary>Goods found defective (残次品): stock −, defective +; still on the book.</summary>
    DefectiveReported,

    /// <summary>Defectives sold, returned or destroyed: defective −.</summary>
    DefectiveDisposed,

    /// <summary>Sent to a subcontractor (外发加工): stock −, at subcontractor +; still on the book.</summary>
    OutwardProcessingOut,

    /// <summary>Returned from a subcontractor: at subcontractor −, stock +.</summary>
    OutwardProcessingIn,

    /// <summary>A counted physical quantity (盘点); moves nothing, feeds the book-versus-physical report.</summary>
    StockTakeCount,

    /// <summary>A stock-take surplus booked with approval (盘盈): stock +.</summary>
    StockAdjustmentGain,

    /// <summary>A stock-take shortage booked with approval (盘亏): stock −.</summary>
    StockAdjustmentLoss,

    /// <summary>Cancels an earlier entry exactly: every bucket it moved moves back.</summary>
    Reversal,
}
