using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>Movements of one named lot: back from a subcontractor, defectives reported and disposed of, stock adjustments.</summary>
internal static class LotRules
{
    public static Draft ReturnFromSubcontractor(PostingContext ctx, ReturnFromSubcontractor command) =>
        OnLot(ctx, command.Lot, command.StockQuantity, EntryKind.OutwardProcessingIn,
            m => m with { Counterparty = command.Subcontractor });

    public static Draft ReportDefective(PostingContext ctx, ReportDefective command) =>
        OnLot(ctx, command.Lot, command.StockQuantity, EntryKind.DefectiveReported, m => m with { Order = command.Order });

    public static Draft DisposeDefective(PostingContext ctx, DisposeDefective command)
    {
        if (DisposalRules.DutyFor(command.Mode, command.Duty) is { } missing)
        {
            return missing;
        }

        return OnLot(ctx, command.Lot, command.StockQuantity, EntryKind.DefectiveDisposed,
            m => m with { Disposal = command.Mode, Duty = command.Duty, Value = command.Value },
            command.Value, command.Duty);
    }

    public static Draft Adjust(PostingContext ctx, AdjustStock command)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return Refuse.Because(LedgerRule.MissingValue, nameof(command.Reason), "A stock adjustment needs a reason.");
        }

        var kind = command.Direction == AdjustmentDirection.Gain ? EntryKind.StockAdjustmentGain : EntryKind.StockAdjustmentLoss;
        if (ctx.State.Lot(command.Lot) is { } lot)
        {
            if (command.Part is { } part && part != lot.Part)
            {
                return Refuse.Because(LedgerRule.LotMismatch, nameof(command.Part), $"Lot {lot.Lot} holds {lot.Part}, not {part}.");
            }

            if (command.Status != lot.Status)
            {
                return Refuse.Because(LedgerRule.MixedBondedStatus, nameof(command.Status),
                    $"Lot {lot.Lot} holds {lot.Status} goods, not {command.Status} goods.");
            }

            return OnLot(ctx, command.Lot, command.StockQuantity, kind, m => m);
        }

        return NewLotGain(ctx, command, kind);
    }

    /// <summary>A surplus found in a lot the book never had opens that lot.</summary>
    private static Draft NewLotGain(PostingContext ctx, AdjustStock command, EntryKind kind)
    {
        if (kind != EntryKind.StockAdjustmentGain)
        {
            return Refuse.Because(LedgerRule.UnknownLot, nameof(command.Lot), $"Lot {command.Lot} is not known to book {ctx.State.Book}.");
        }

        if (command.Part is not { } part)
        {
            return Refuse.Because(LedgerRule.MissingValue, nameof(command.Part), $"Lot {command.Lot} is new; name the part it holds.");
        }

        if (PostingContext.Positive(command.StockQuantity, nameof(command.StockQuantity)) is { } invalid)
        {
            return invalid;
        }

        if (!ctx.TryPart(part, nameof(command.Part), out var mapping, out var item, out var refusal))
        {
            return refusal;
        }

        var quantities = item.FromStock(command.StockQuantity, mapping.StockUnit, mapping.Factor);
        if (PostingContext.NonZeroDeclared(quantities, nameof(command.StockQuantity)) is { } zero)
        {
            return zero;
        }

        return Draft.Of(nameof(command.StockQuantity), [ctx.Movement(kind, item.No, command.Status, quantities) with
        {
            Part = part,
            Lot = command.Lot,
            Origin = item.Origin,
        }]);
    }

    private static Draft OnLot(
        PostingContext ctx,
        LotNo lotNo,
        decimal stockQuantity,
        EntryKind kind,
        Func<Movement, Movement> complete,
        Money? value = null,
        DutyBasis? duty = null)
    {
        if (PostingContext.Positive(stockQuantity, nameof(Commands.ReportDefective.StockQuantity)) is { } invalid)
        {
            return invalid;
        }

        if (!ctx.TryLot(lotNo, nameof(Commands.ReportDefective.Lot), out var lot, out var item, out var refusal))
        {
            return refusal;
        }

        var quantities = item.FromStock(stockQuantity, lot.StockUnit, lot.Factor);
        var problem = PostingContext.NonZeroDeclared(quantities, nameof(Commands.ReportDefective.StockQuantity))
            ?? PostingContext.Amount(value, item.Precision, nameof(DisposalCommand.Value))
            ?? PostingContext.Amount(duty?.DutiableValue, item.Precision, nameof(DisposalCommand.Duty));
        if (problem is not null)
        {
            return problem;
        }

        return Draft.Of(nameof(Commands.ReportDefective.StockQuantity), [complete(ctx.Movement(kind, item.No, lot.Status, quantities) with
        {
            Part = lot.Part,
            Lot = lot.Lot,
            Origin = lot.Origin,
            Norm = lot.Norm,
        })]);
    }
}
