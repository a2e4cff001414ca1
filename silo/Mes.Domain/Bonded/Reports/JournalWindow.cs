using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.MasterData;

namespace Mes.Domain.Bonded.Reports;

/// <summary>Reading a journal by time: its posting times never run back, so "before t" is a prefix.</summary>
internal static class JournalWindow
{
    public static IEnumerable<JournalEntry> Before(IEnumerable<JournalEntry> journal, DateTimeOffset at) =>
        journal.TakeWhile(e => e.PostedAt < at);

    public static IEnumerable<JournalEntry> Within(IEnumerable<JournalEntry> journal, ReportingPeriod period) =>
        journal.SkipWhile(e => e.PostedAt < period.From).TakeWhile(e => e.PostedAt < period.To);

    /// <summary>The state of the book at an instant, by folding the journal up to it.</summary>
    public static LedgerState StateAt(AccountBookMasterData master, IEnumerable<JournalEntry> journal, DateTimeOffset at) =>
        LedgerState.Replay(master.Book.No, Before(journal, at));

    /// <summary>The declared quantity of an entry, negative for a reversal.</summary>
    public static decimal Signed(JournalEntry entry) => entry.Movement.Quantities.Declared.Value * entry.Movement.Sign;
}
