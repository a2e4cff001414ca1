using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting.Commands;

namespace Mes.Domain.Bonded.Posting;

/// <summary>
/// The documents each command must cite (bonded-notes R6): at least one of the listed types. A receipt without
/// its inventory-list line is not refused but held in suspense; a back-flush cites its production order.
/// </summary>
public static class DocumentRequirements
{
    /// <summary>The document types of which the command must cite at least one; empty when none is required.</summary>
    public static IReadOnlyList<DocumentType> For(LedgerCommand command) => command switch
    {
        ReceiveImport or BackflushProduction => [],
        AttachReceiptDocument or ReceiveCarryOver or ShipExport or SellDomestically or ShipCarryOver =>
            [DocumentType.InventoryVerificationList],
        SendToSubcontractor or ReturnFromSubcontractor => [DocumentType.OutwardProcessingNote],
        DisposeScrap or DisposeDefective => [DocumentType.InventoryVerificationList, DocumentType.CustomsApproval],
        ReportDefective => [DocumentType.QualityReport],
        RecordStockTakeCount or AdjustStock => [DocumentType.StockTakeSheet],
        ReverseEntry => [DocumentType.CorrectionVoucher],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown ledger command."),
    };

    internal static PostingDecision.Refused? Check(LedgerCommand command)
    {
        var required = For(command);
        return required.Count == 0 || command.Documents.Any(d => required.Contains(d.Type))
            ? null
            : new PostingDecision.Refused(LedgerRule.MissingDocument,
                $"{command.GetType().Name} must cite a {string.Join(" or ", required)}.", nameof(LedgerCommand.Documents));
    }
}
