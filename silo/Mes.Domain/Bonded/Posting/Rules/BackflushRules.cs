using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.Posting.Commands;

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>
/// Completed units of a bonded order: the finished goods, one consumption per material and lot (gross unit
/// consumption × quantity, bonded share from bonded lots, the rest from non-bonded lots), and the scrap
/// reported, which the balance guard holds within the tangible loss of the consumption booked.
/// </summary>
internal static class BackflushRules
{
    public static Draft Decide(PostingContext ctx, BackflushProduction command)
    {
        if (PostingContext.Positive(command.CompletedQuantity, nameof(command.CompletedQuantity)) is { } invalid)
        {
            return invalid;
        }

        if (!ctx.TryPart(command.Product, nameof(command.Product), out var mapping, out var product, out var refusal))
        {
            return refusal;
        }

        if (product.No.Kind != ItemKind.FinishedGood)
        {
            return Refuse.Because(LedgerRule.UnknownItem, nameof(command.Product),
                $"Part {command.Product} is booked on material {product.No}, not on a finished good.");
        }

        var norm = new NormRef(product.No, command.NormVersion);
        var lines = ctx.Master.NormAt(product.No, command.NormVersion, ctx.At);
        var produced = product.FromStock(command.CompletedQuantity, mapping.StockUnit, mapping.Factor);
        var problem = (lines.Count > 0 ? null : NoNorm(ctx, norm))
            ?? FinishedGoodsLot(ctx, command, norm)
            ?? ctx.KnownLots(command.PreferredLots, nameof(command.PreferredLots))
            ?? PostingContext.NonZeroDeclared(produced, nameof(command.CompletedQuantity));
        if (problem is not null)
        {
            return problem;
        }

        var movements = new List<Movement>
        {
            ctx.Movement(EntryKind.FinishedGoodsProduced, product.No, BondedStatus.Bonded, produced) with
            {
                Part = command.Product,
                Lot = command.FinishedGoodsLot,
                Order = command.Order,
                Norm = norm,
                Origin = product.Origin,
            },
        };
        foreach (var line in lines)
        {
            if (Consume(ctx, command, line, produced.Declared.Value, movements) is { } shortage)
            {
                return shortage;
            }
        }

        foreach (var scrap in command.Scrap)
        {
            if (Scrap(ctx, command, scrap, norm, movements) is { } bad)
            {
                return bad;
            }
        }

        return Draft.Of(nameof(command.CompletedQuantity), movements, nameof(command.Scrap));
    }

    private static PostingDecision.Refused? Consume(
        PostingContext ctx, BackflushProduction command, UnitConsumptionNorm line, decimal produced, List<Movement> movements)
    {
        if (!ctx.TryItem(line.Material, nameof(command.NormVersion), out var material, out var refusal))
        {
            return refusal;
        }

        // Round once, after multiplying: the gross unit consumption keeps all its decimals.
        var total = material.Precision.Quantity(line.GrossConsumption(produced));
        var bonded = material.Precision.Quantity(line.BondedConsumption(produced));
        foreach (var (status, quantity) in new[] { (BondedStatus.Bonded, bonded), (BondedStatus.NonBonded, total - bonded) })
        {
            if (quantity <= 0)
            {
                continue;
            }

            var key = new BalanceKey(material.No, status);
            var pieces = LotAllocation.Take(ctx.State, key, part: null, command.PreferredLots, quantity, out var available);
            if (pieces is null)
            {
                return Refuse.Because(LedgerRule.NegativeBalance, nameof(command.CompletedQuantity),
                    $"Norm version {line.Version} of {line.Product} consumes {PostingContext.Text(quantity)} {material.DeclaredUnit} " +
                    $"of {status} {material.No} for {PostingContext.Text(produced)}; only {PostingContext.Text(available)} are in stock.");
            }

            foreach (var (lot, piece) in pieces)
            {
                movements.Add(ctx.Movement(EntryKind.Consumption, material.No, status, material.FromDeclared(piece, lot.StockUnit, lot.Factor)) with
                {
                    Part = lot.Part,
                    Lot = lot.Lot,
                    Order = command.Order,
                    Origin = lot.Origin,
                    Norm = new NormRef(line.Product, line.Version),
                    Consumption = new ConsumptionBasis(line.Net, line.TangibleLossPercent, line.IntangibleLossPercent,
                        line.BondedSharePercent, material.Precision.Quantity(line.TheoreticalScrap(piece))),
                });
            }
        }

        return null;
    }

    private static PostingDecision.Refused? Scrap(
        PostingContext ctx, BackflushProduction command, ScrapReport scrap, NormRef norm, List<Movement> movements)
    {
        if (PostingContext.Positive(scrap.StockQuantity, nameof(command.Scrap)) is { } invalid)
        {
            return invalid;
        }

        if (!ctx.TryPart(scrap.Part, nameof(command.Scrap), out var mapping, out var material, out var refusal))
        {
            return refusal;
        }

        if (material.No.Kind != ItemKind.Material)
        {
            return Refuse.Because(LedgerRule.UnknownItem, nameof(command.Scrap), $"Scrap is booked on materials; {scrap.Part} is finished good {material.No}.");
        }

        var quantities = material.FromStock(scrap.StockQuantity, mapping.StockUnit, mapping.Factor);
        if (PostingContext.NonZeroDeclared(quantities, nameof(command.Scrap)) is { } zero)
        {
            return zero;
        }

        movements.Add(ctx.Movement(EntryKind.ScrapGenerated, material.No, BondedStatus.Bonded, quantities) with
        {
            Part = scrap.Part,
            Order = command.Order,
            Norm = norm,
        });
        return null;
    }

    private static PostingDecision.Refused NoNorm(PostingContext ctx, NormRef norm) =>
        ctx.Master.NormVersion(norm.Product, norm.Version).Count == 0
            ? Refuse.Because(LedgerRule.NoEffectiveNorm, nameof(BackflushProduction.NormVersion),
                $"{norm.Product} has no norm version {norm.Version}.")
            : Refuse.Because(LedgerRule.NoEffectiveNorm, nameof(BackflushProduction.NormVersion),
                $"Norm version {norm.Version} of {norm.Product} is not in force at {ctx.At:O}.");

    private static PostingDecision.Refused? FinishedGoodsLot(PostingContext ctx, BackflushProduction command, NormRef norm)
    {
        if (ctx.State.Lot(command.FinishedGoodsLot) is not { } lot)
        {
            return null;
        }

        if (lot.Status != BondedStatus.Bonded)
        {
            return Refuse.Because(LedgerRule.MixedBondedStatus, nameof(command.FinishedGoodsLot),
                $"Lot {lot.Lot} holds non-bonded goods; bonded production needs its own lot.");
        }

        return lot.Part != command.Product || (lot.Norm is not null && lot.Norm != norm)
            ? Refuse.Because(LedgerRule.LotMismatch, nameof(command.FinishedGoodsLot),
                $"Lot {lot.Lot} holds {lot.Part}{(lot.Norm is { } n ? $" made under norm version {n.Version}" : string.Empty)}; use another lot.")
            : null;
    }
}
