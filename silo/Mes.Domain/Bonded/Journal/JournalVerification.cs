using System.Globalization;
using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Journal;

/// <summary>The result of verifying a journal: how many entries were checked and the first broken one, if any.</summary>
public sealed record JournalVerification(long EntriesChecked, BrokenEntry? FirstBroken)
{
    /// <summary>True when every entry is in place and unaltered.</summary>
    public bool IsIntact => FirstBroken is null;

    /// <summary>
    /// Recomputes the chain of a journal read from storage: each entry must carry its position as sequence,
    /// the book, the previous entry's stored hash (the genesis hash for the first) and the hash of its own
    /// content. Stops at the first entry that fails, which is the entry that was altered, removed or inserted.
    /// </summary>
    public static JournalVerification Verify(AccountBookNo book, IEnumerable<JournalEntry> journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var previous = JournalChain.Genesis(book);
        long position = 0;
        foreach (var entry in journal)
        {
            position++;
            if (Check(book, entry, position, previous) is { } broken)
            {
                return new JournalVerification(position, broken);
            }

            previous = entry.Hash;
        }

        return new JournalVerification(position, null);
    }

    private static BrokenEntry? Check(AccountBookNo book, JournalEntry entry, long position, EntryHash previous)
    {
        BrokenEntry Broken(ChainProblem problem, string message) => new(position, entry.Sequence, problem, message);

        if (entry.Sequence != position)
        {
            return Broken(ChainProblem.SequenceGap, string.Create(CultureInfo.InvariantCulture,
                $"Entry at position {position} carries sequence {entry.Sequence}."));
        }

        if (entry.Book != book)
        {
            return Broken(ChainProblem.WrongBook, $"Entry {entry.Sequence} names book {entry.Book}, not {book}.");
        }

        if (entry.PreviousHash != previous)
        {
            return Broken(ChainProblem.BrokenLink,
                $"Entry {entry.Sequence} chains to {entry.PreviousHash}, but the entry before it hashes to {previous}.");
        }

        var computed = JournalChain.ComputeHash(entry);
        return computed == entry.Hash
            ? null
            : Broken(ChainProblem.HashMismatch, $"Entry {entry.Sequence} carries hash {entry.Hash}, but its content hashes to {computed}.");
    }
}
