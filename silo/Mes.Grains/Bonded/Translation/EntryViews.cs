using Mes.Contracts.Bonded;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Grains.Bonded.Translation;

/// <summary>Journal entries and their parts as contract messages.</summary>
internal static class EntryViews
{
    private static readonly EntryKind[] Receipts = [EntryKind.ImportReceipt, EntryKind.SuspenseReceipt, EntryKind.SuspenseRelease, EntryKind.CarryOverIn];

    public static JournalEntryView Of(JournalEntry entry)
    {
        var m = entry.Movement;
        var q = m.Quantities;
        return new JournalEntryView
        {
            Sequence = entry.Sequence,
            Book = entry.Book.Value,
            PostedAt = entry.PostedAt,
            Kind = m.Kind.ToString(),
            Item = m.Item.ToString(),
            Status = m.Status.ToString(),
            Part = m.Part?.Value,
            Lot = m.Lot?.Value,
            StockQuantity = q.Stock.Value,
            StockUnit = q.Stock.Unit.Value,
            Factor = q.Factor,
            DeclaredQuantity = q.Declared.Value,
            DeclaredUnit = q.Declared.Unit.Value,
            FirstLegal = Legal(q.FirstLegal),
            SecondLegal = q.SecondLegal is { } second ? Legal(second) : null,
            Value = Money(m.Value),
            Origin = m.Origin?.Value,
            Documents = m.Documents.Items.Select(Document).ToList(),
            Order = m.Order?.Value,
            NormProduct = m.Norm?.Product.ToString(),
            NormVersion = m.Norm?.Version,
            Reverses = m.Reverses?.Sequence,
            Actor = new PostingActor(entry.Actor.Id, entry.Actor.Role.ToString()),
            Reason = entry.Reason,
            IdempotencyKey = entry.IdempotencyKey.Value,
            PreviousHash = entry.PreviousHash.Hex,
            Hash = entry.Hash.Hex,
        };
    }

    /// <summary>The lots brought in by receipts among the entries: what production registers as loadable material lots.</summary>
    public static IReadOnlyList<ReceivedLot> ReceivedLots(IEnumerable<JournalEntry> entries) => entries
        .Where(e => Receipts.Contains(e.Movement.Kind) && e.Movement.Lot is not null && e.Movement.Part is not null)
        .Select(e => new ReceivedLot(
            e.Movement.Lot!.Value.Value,
            e.Movement.Part!.Value.Value,
            e.Movement.Quantities.Stock.Value,
            e.Movement.Quantities.Stock.Unit.Value,
            e.Movement.Status == BondedStatus.Bonded,
            e.Movement.Item.ToString(),
            e.Movement.Kind == EntryKind.SuspenseReceipt ? null
                : e.Movement.Documents.First(DocumentType.InventoryVerificationList) is { } line ? Document(line) : null,
            e.Movement.Origin?.Value))
        .ToList();

    public static DocumentReference Document(DocumentRef d) => new(d.Type.ToString(), d.Number, d.Line);

    public static MoneyAmount? Money(Money? money) => money is { } m ? new MoneyAmount(m.Amount, m.Currency.Value) : null;

    public static LegalQuantityView Legal(LegalQuantity legal) => new(legal.Value, legal.Unit.Value, legal.Factor);
}
