using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.Posting.Commands;

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>Goods leaving the stock on site: export, domestic sale, carry-over out, outward processing out.</summary>
internal static class OutboundRules
{
    public static Draft Decide(PostingContext ctx, OutboundCommand command) => command switch
    {
        SellDomestically sale => Take(ctx, command, EntryKind.DomesticSale, sale.Duty, null),
        ShipCarryOver carry => Take(ctx, command, EntryKind.CarryOverOut, null, carry.To),
        SendToSubcontractor send => Take(ctx, command, EntryKind.OutwardProcessingOut, null, send.Subcontractor),
        _ => Take(ctx, command, EntryKind.Export, null, null),
    };

    private static Draft Take(
        PostingContext ctx, OutboundCommand command, EntryKind kind, DutyBasis? duty, Counterparty? counterparty)
    {
        if (PostingContext.Positive(command.StockQuantity, nameof(command.StockQuantity)) is { } invalid)
        {
            return invalid;
        }

        if (!ctx.TryPart(command.Part, nameof(command.Part), out var mapping, out var item, out var refusal))
        {
            return refusal;
        }

        var quantities = item.FromStock(command.StockQuantity, mapping.StockUnit, mapping.Factor);
        var problem = PreferredLots(ctx, command)
            ?? PostingContext.NonZeroDeclared(quantities, nameof(command.StockQuantity))
            ?? PostingContext.Amount(command.Value, item.Precision, nameof(command.Value))
            ?? PostingContext.Amount(duty?.DutiableValue, item.Precision, nameof(SellDomestically.Duty));
        if (problem is not null)
        {
            return problem;
        }

        var key = new BalanceKey(item.No, command.Status);
        var pieces = LotAllocation.Take(ctx.State, key, command.Part, command.PreferredLots, quantities.Declared.Value, out var available);
        if (pieces is null)
        {
            return Refuse.Because(LedgerRule.NegativeBalance, nameof(command.StockQuantity),
                $"{quantities.Declared} of {command.Status} {item.No} ({command.Part}) requested; only " +
                $"{PostingContext.Text(available)} {item.DeclaredUnit} are in stock.");
        }

        var values = ValueShares.Split(command.Value, pieces.Select(p => p.Quantity).ToList(), item.Precision);
        var movements = pieces.Select((piece, i) => ctx.Movement(kind, item.No, command.Status,
                pieces.Count == 1 ? quantities : item.FromDeclared(piece.Quantity, mapping.StockUnit, mapping.Factor)) with
            {
                Part = command.Part,
                Lot = piece.Lot.Lot,
                Value = values[i],
                Origin = piece.Lot.Origin,
                Norm = piece.Lot.Norm,
                Duty = duty,
                Counterparty = counterparty,
            })
            .ToList();
        return Draft.Of(nameof(command.StockQuantity), movements);
    }

    private static PostingDecision.Refused? PreferredLots(PostingContext ctx, OutboundCommand command)
    {
        if (ctx.KnownLots(command.PreferredLots, nameof(command.PreferredLots)) is { } unknown)
        {
            return unknown;
        }

        foreach (var lot in command.PreferredLots.Select(l => ctx.State.Lot(l)!))
        {
            if (lot.Part != command.Part)
            {
                return Refuse.Because(LedgerRule.LotMismatch, nameof(command.PreferredLots), $"Lot {lot.Lot} holds {lot.Part}, not {command.Part}.");
            }

            if (lot.Status != command.Status)
            {
                return Refuse.Because(LedgerRule.MixedBondedStatus, nameof(command.PreferredLots),
                    $"Lot {lot.Lot} holds {lot.Status} goods; this movement takes {command.Status} stock.");
            }
        }

        return null;
    }
}
