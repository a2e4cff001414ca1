using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting.Commands;

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>Goods coming in: import receipts (or suspense), documents attached to suspense, carry-overs in.</summary>
internal static class ReceiptRules
{
    public static Draft Import(PostingContext ctx, ReceiveImport command) => Receive(ctx, command, command.Status, counterparty: null);

    public static Draft CarryOverIn(PostingContext ctx, ReceiveCarryOver command) =>
        Receive(ctx, command, BondedStatus.Bonded, command.From);

    public static Draft AttachDocument(PostingContext ctx, AttachReceiptDocument command)
    {
        if (!ctx.TryLot(command.Lot, nameof(command.Lot), out var lot, out var item, out var refusal))
        {
            return refusal;
        }

        var origin = command.Origin ?? lot.Origin ?? item.Origin;
        var problem = (lot.Suspense > 0
                ? null
                : Refuse.Because(LedgerRule.NotInSuspense, nameof(command.Lot), $"Lot {lot.Lot} has nothing in suspense."))
            ?? SourceLine(ctx.Documents.First(DocumentType.InventoryVerificationList))
            ?? PostingContext.Amount(command.Value, item.Precision, nameof(command.Value))
            ?? (origin is null
                ? Refuse.Because(LedgerRule.MissingValue, nameof(command.Origin), $"Neither the lot nor item {item.No} gives the origin.")
                : null);
        if (problem is not null)
        {
            return problem;
        }

        var quantities = item.FromDeclared(lot.Suspense, lot.StockUnit, lot.Factor);
        return Draft.Of(nameof(command.Lot), [ctx.Movement(EntryKind.SuspenseRelease, item.No, lot.Status, quantities) with
        {
            Part = lot.Part,
            Lot = lot.Lot,
            Value = command.Value,
            Origin = origin,
        }]);
    }

    private static Draft Receive(PostingContext ctx, ReceiptCommand command, BondedStatus status, Counterparty? counterparty)
    {
        if (PostingContext.Positive(command.StockQuantity, nameof(command.StockQuantity)) is { } invalid)
        {
            return invalid;
        }

        if (!ctx.TryPart(command.Part, nameof(command.Part), out var mapping, out var item, out var refusal))
        {
            return refusal;
        }

        var line = ctx.Documents.First(DocumentType.InventoryVerificationList);
        var quantities = item.FromStock(command.StockQuantity, mapping.StockUnit, mapping.Factor);
        var origin = command.Origin ?? item.Origin;
        var problem = ctx.ReceivableLot(command.Lot, command.Part, status, nameof(command.Lot))
            ?? PostingContext.NonZeroDeclared(quantities, nameof(command.StockQuantity))
            ?? PostingContext.Amount(command.Value, item.Precision, nameof(command.Value))
            ?? SourceLine(line)
            ?? (line is not null && origin is null
                ? Refuse.Because(LedgerRule.MissingValue, nameof(command.Origin), $"Neither the receipt nor item {item.No} gives the origin.")
                : null);
        if (problem is not null)
        {
            return problem;
        }

        // Without its inventory-list line a receipt is held in suspense, off the book (bonded-notes R6); a
        // carry-over always has its list, the document requirements see to that.
        var kind = line is null ? EntryKind.SuspenseReceipt : counterparty is null ? EntryKind.ImportReceipt : EntryKind.CarryOverIn;
        return Draft.Of(nameof(command.StockQuantity), [ctx.Movement(kind, item.No, status, quantities) with
        {
            Part = command.Part,
            Lot = command.Lot,
            Value = command.Value,
            Origin = origin,
            Counterparty = counterparty,
        }]);
    }

    /// <summary>A lot remembers the list line it came on, so the list must be cited with its line.</summary>
    private static PostingDecision.Refused? SourceLine(DocumentRef? line) => line is not null && line.Line is null
        ? Refuse.Because(LedgerRule.MissingDocument, nameof(LedgerCommand.Documents),
            $"Cite the line of inventory list {line.Number} the goods came on.")
        : null;
}
