using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting.Commands;

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>Scrap leaving the scrap ledger of a material.</summary>
internal static class DisposalRules
{
    public static Draft DisposeScrap(PostingContext ctx, DisposeScrap command)
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
        var problem = (item.No.Kind == ItemKind.Material
                ? null
                : Refuse.Because(LedgerRule.UnknownItem, nameof(command.Part), $"Scrap is kept for materials; {command.Part} is finished good {item.No}."))
            ?? DutyFor(command.Mode, command.Duty)
            ?? PostingContext.NonZeroDeclared(quantities, nameof(command.StockQuantity))
            ?? PostingContext.Amount(command.Value, item.Precision, nameof(command.Value))
            ?? PostingContext.Amount(command.Duty?.DutiableValue, item.Precision, nameof(command.Duty));
        if (problem is not null)
        {
            return problem;
        }

        return Draft.Of(nameof(command.StockQuantity), [ctx.Movement(EntryKind.ScrapDisposed, item.No, BondedStatus.Bonded, quantities) with
        {
            Part = command.Part,
            Disposal = command.Mode,
            Duty = command.Duty,
            Value = command.Value,
        }]);
    }

    /// <summary>A domestic sale pays duty, so it must say on what basis.</summary>
    public static PostingDecision.Refused? DutyFor(DisposalMode mode, DutyBasis? duty) =>
        mode == DisposalMode.DomesticSale && duty is null
            ? Refuse.Because(LedgerRule.MissingValue, nameof(DisposalCommand.Duty), "A domestic sale needs its duty basis.")
            : null;
}
