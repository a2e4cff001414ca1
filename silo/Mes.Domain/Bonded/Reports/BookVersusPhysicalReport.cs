using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Reports;

/// <summary>A stock-take compared with the book: the sheet, when it was counted and the rows.</summary>
public sealed record BookVersusPhysicalReport(string Sheet, DateTimeOffset CountedAt, IReadOnlyList<BookVersusPhysicalRow> Rows)
{
    /// <summary>The duty and VAT at risk over all rows, per currency.</summary>
    public IReadOnlyDictionary<string, decimal> ExposureByCurrency =>
        Rows.GroupBy(r => r.Currency.Value).ToDictionary(g => g.Key, g => g.Sum(r => r.DutyExposure));

    internal static BookVersusPhysicalReport Empty(string sheet) => new(sheet, default, []);

    internal static bool IsCountOf(JournalEntry entry, string sheet) =>
        entry.Movement.Kind == EntryKind.StockTakeCount
        && entry.Movement.Documents.Items.Any(d => d.Type == DocumentType.StockTakeSheet && d.Number == sheet);
}
