using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.MasterData;

namespace Mes.Domain.Bonded.Reports;

/// <summary>The movements booked per customs document line and item.</summary>
public static class DocumentMovements
{
    /// <summary>Document types that go to customs (lists and declarations), as opposed to internal vouchers.</summary>
    public static readonly IReadOnlyList<DocumentType> CustomsTypes =
        [DocumentType.InventoryVerificationList, DocumentType.CustomsDeclaration];

    /// <summary>
    /// Every customs document line cited by an entry of the period, with the net quantity and value per kind
    /// of movement and item (a reversal counts against the kind it reversed).
    /// </summary>
    public static IReadOnlyList<DocumentMovementRow> Compute(IEnumerable<JournalEntry> journal, ReportingPeriod period) =>
        For(JournalWindow.Within(journal, period), d => CustomsTypes.Contains(d.Type));

    /// <summary>The movements of one document, by number, over the whole journal.</summary>
    public static IReadOnlyList<DocumentMovementRow> OfDocument(IEnumerable<JournalEntry> journal, string number) =>
        For(journal, d => d.Number == number);

    private static List<DocumentMovementRow> For(IEnumerable<JournalEntry> entries, Func<DocumentRef, bool> cited) => entries
        .SelectMany(e => e.Movement.Documents.Items.Where(cited).Distinct().Select(d => (Document: d, Entry: e)))
        .GroupBy(x => (x.Document, Kind: x.Entry.Movement.EffectiveKind, Balance: new BalanceKey(x.Entry.Movement.Item, x.Entry.Movement.Status)))
        .Select(g =>
        {
            var entries = g.Select(x => x.Entry).ToList();
            var valued = entries.Where(e => e.Movement.Value is not null).ToList();
            return new DocumentMovementRow(g.Key.Document, entries[0].PostedAt, g.Key.Kind, g.Key.Balance.Item,
                g.Key.Balance.Status, entries.Sum(JournalWindow.Signed), entries[0].Movement.Quantities.Declared.Unit,
                valued.Count == 0 ? null : valued.Sum(e => e.Movement.Value!.Value.Amount * e.Movement.Sign),
                valued.Count == 0 ? null : valued[0].Movement.Value!.Value.Currency,
                entries.Count);
        })
        .OrderBy(r => r.FirstPostedAt)
        .ThenBy(r => r.Document.Number, StringComparer.Ordinal)
        .ThenBy(r => r.Document.Line)
        .ThenBy(r => r.Item)
        .ToList();
}
