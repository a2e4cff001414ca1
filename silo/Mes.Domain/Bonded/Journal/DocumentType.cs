namespace Mes.Domain.Bonded.Journal;

/// <summary>The kinds of document a ledger entry can cite.</summary>
public enum DocumentType
{
    /// <summary>保税核注清单, the inventory verification list (line = 商品序号).</summary>
    InventoryVerificationList,

    /// <summary>报关单, the customs declaration (line = 报关单商品序号).</summary>
    CustomsDeclaration,

    /// <summary>核放单, the gate pass.</summary>
    GatePass,

    /// <summary>深加工结转 / 保税货物流转 application for a carry-over to or from another bonded enterprise.</summary>
    CarryOverApplication,

    /// <summary>外发加工 dispatch or receipt note.</summary>
    OutwardProcessingNote,

    /// <summary>A customs approval, e.g. for destruction or disposal of scrap and defectives.</summary>
    CustomsApproval,

    /// <summary>A stock-take count sheet.</summary>
    StockTakeSheet,

    /// <summary>A quality report that found goods defective.</summary>
    QualityReport,

    /// <summary>A correction voucher authorising a reversal.</summary>
    CorrectionVoucher,
}
