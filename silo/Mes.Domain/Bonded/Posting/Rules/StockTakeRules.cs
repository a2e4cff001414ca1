using System.Globalization;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting.Commands;

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>The counted lines of a stock-take, recorded without moving any balance.</summary>
internal static class StockTakeRules
{
    public static Draft Count(PostingContext ctx, RecordStockTakeCount command)
    {
        if (command.Lines.Count == 0)
        {
            return Refuse.Because(LedgerRule.MissingValue, nameof(command.Lines), "A stock-take count needs at least one counted line.");
        }

        var movements = new List<Movement>();
        for (var i = 0; i < command.Lines.Count; i++)
        {
            var line = command.Lines[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"{nameof(command.Lines)}[{i}]");
            if (line.StockQuantity < 0)
            {
                return Refuse.Because(LedgerRule.InvalidQuantity, field, "A counted quantity cannot be negative.");
            }

            if (!ctx.TryPart(line.Part, field, out var mapping, out var item, out var refusal))
            {
                return refusal;
            }

            if (Lot(ctx, line, field) is { } wrongLot)
            {
                return wrongLot;
            }

            var (unit, factor) = line.Lot is { } lot && ctx.State.Lot(lot) is { } known
                ? (known.StockUnit, known.Factor)
                : (mapping.StockUnit, mapping.Factor);
            movements.Add(ctx.Movement(EntryKind.StockTakeCount, item.No, line.Status, item.FromStock(line.StockQuantity, unit, factor)) with
            {
                Part = line.Part,
                Lot = line.Lot,
            });
        }

        return Draft.Of(nameof(command.Lines), movements);
    }

    private static PostingDecision.Refused? Lot(PostingContext ctx, StockTakeLine line, string field)
    {
        if (line.Lot is not { } lotNo)
        {
            return null;
        }

        if (ctx.State.Lot(lotNo) is not { } lot)
        {
            return Refuse.Because(LedgerRule.UnknownLot, field, $"Lot {lotNo} is not known to book {ctx.State.Book}; count it by part or book a gain.");
        }

        if (lot.Part != line.Part)
        {
            return Refuse.Because(LedgerRule.LotMismatch, field, $"Lot {lotNo} holds {lot.Part}, not {line.Part}.");
        }

        return lot.Status == line.Status
            ? null
            : Refuse.Because(LedgerRule.MixedBondedStatus, field, $"Lot {lotNo} holds {lot.Status} goods, not {line.Status} goods.");
    }
}
