using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.MasterData;

namespace Mes.Domain.Bonded.Reports;

/// <summary>The ledger of one item and status over a period: opening balance, every entry with the running book balance, closing.</summary>
public sealed record ItemLedger(
    ItemNo Item,
    BondedStatus Status,
    string Name,
    UnitOfMeasure DeclaredUnit,
    ReportingPeriod Period,
    decimal Opening,
    IReadOnlyList<ItemLedgerLine> Lines,
    decimal Closing)
{
    /// <summary>
    /// Builds the ledger from the journal. Entries that move the item only between buckets off the book
    /// (suspense, scrap) or within it (to a subcontractor, to defective) appear with no in or out.
    /// </summary>
    public static ItemLedger Compute(
        IEnumerable<JournalEntry> journal, AccountBookMasterData master, ItemNo item, BondedStatus status, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(master);
        var described = master.Describe(item, period.To.AddTicks(-1))
            ?? throw new ArgumentException($"Item {item} is not on book {master.Book.No}.", nameof(item));
        var mine = journal.Where(e => e.Movement.Item == item && e.Movement.Status == status).ToList();
        var opening = JournalWindow.Before(mine, period.From).Sum(e => MovementEffects.BookChange(e.Movement));
        var balance = opening;
        var lines = new List<ItemLedgerLine>();
        foreach (var entry in JournalWindow.Within(mine, period))
        {
            var change = MovementEffects.BookChange(entry.Movement);
            balance += change;
            lines.Add(new ItemLedgerLine(entry.Sequence, entry.PostedAt, entry.Movement.Kind, entry.Movement.EffectiveKind,
                entry.Movement.Lot, entry.Movement.Part, entry.Movement.Order, entry.Movement.Documents,
                Math.Max(change, 0m), Math.Max(-change, 0m), balance, entry.Actor.Id, entry.Reason));
        }

        return new ItemLedger(item, status, described.Name, described.DeclaredUnit, period, opening, lines, balance);
    }
}
