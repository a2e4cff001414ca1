using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.MasterData;

namespace Mes.Domain.Bonded.Declarations;

/// <summary>The draft lines of the inventory list for one outbound movement document, built from the ledger.</summary>
public sealed record DeclarationDraft(AccountBookNo Book, string Document, IReadOnlyList<DeclarationLine> Lines)
{
    private static readonly EntryKind[] Outbound = [EntryKind.Export, EntryKind.DomesticSale, EntryKind.CarryOverOut];

    /// <summary>
    /// Drafts the list lines for the exports, domestic sales and carry-overs out booked against document
    /// <paramref name="documentNumber"/> (reversed entries left out). Entries of the same movement, item, part,
    /// origin, norm version and currency make one line; legal quantities are recomputed from the summed declared
    /// quantity so that they equal declared × factor (bonded-notes R7); entries without a value are valued at the
    /// filed unit price.
    /// </summary>
    public static DeclarationDraft Compose(IReadOnlyList<JournalEntry> journal, AccountBookMasterData master, string documentNumber)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(master);
        var reversed = journal.Where(e => e.Movement.Reverses is not null).Select(e => e.Movement.Reverses!.Sequence).ToHashSet();
        var lines = journal
            .Where(e => Outbound.Contains(e.Movement.Kind) && !reversed.Contains(e.Sequence)
                && e.Movement.Documents.Items.Any(d => d.Number == documentNumber))
            .Select(e => (Entry: e, Item: master.Describe(e.Movement.Item, e.PostedAt)!))
            .GroupBy(x => (x.Entry.Movement.Kind, x.Entry.Movement.Item, x.Entry.Movement.Status, x.Entry.Movement.Part,
                x.Entry.Movement.Origin, x.Entry.Movement.Norm?.Version, Currency: x.Entry.Movement.Value?.Currency ?? x.Item.Currency))
            .Select((group, index) => Line(index + 1, group.Key.Currency, group.Select(x => x.Entry).ToList(), group.First().Item))
            .ToList();
        return new DeclarationDraft(master.Book.No, documentNumber, lines);
    }

    private static DeclarationLine Line(int lineNo, CurrencyCode currency, List<JournalEntry> entries, BondedItem item)
    {
        var first = entries[0].Movement;
        var quantity = entries.Sum(e => e.Movement.Quantities.Declared.Value);
        var total = item.Precision.Amount(entries.Sum(e => e.Movement.Value?.Amount
            ?? (e.Movement.Quantities.Declared.Value * item.DeclaredUnitPrice)));
        decimal Legal(decimal factor) => item.Precision.Quantity(quantity * factor);
        return new DeclarationLine
        {
            LineNo = lineNo,
            Movement = first.Kind,
            Item = item.No,
            Status = first.Status,
            Part = first.Part ?? default,
            HsCode = item.HsCode,
            Name = item.Name,
            Specification = item.Specification,
            DeclaredUnit = item.DeclaredUnit,
            DeclaredQuantity = quantity,
            FirstLegalUnit = item.FirstLegalUnit.Unit,
            FirstLegalQuantity = Legal(item.FirstLegalUnit.FactorPerDeclaredUnit),
            FirstLegalFactor = item.FirstLegalUnit.FactorPerDeclaredUnit,
            SecondLegalUnit = item.SecondLegalUnit?.Unit,
            SecondLegalQuantity = item.SecondLegalUnit is { } second ? Legal(second.FactorPerDeclaredUnit) : null,
            SecondLegalFactor = item.SecondLegalUnit?.FactorPerDeclaredUnit,
            UnitPrice = item.Precision.UnitPrice(total / quantity),
            TotalAmount = total,
            Currency = currency,
            Origin = first.Origin,
            NormVersion = first.Norm?.Version,
        };
    }
}
