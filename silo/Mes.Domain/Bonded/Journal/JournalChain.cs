using System.Text;
using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Journal;

/// <summary>The hash chain of a book's journal.</summary>
public static class JournalChain
{
    /// <summary>
    /// The hash the first entry of a book chains to: SHA-256 of the UTF-8 text
    /// <c>zone-mes/bonded-journal-genesis/v1:</c> followed by the book number. Derived, not stored, so a
    /// journal cannot be re-rooted by replacing its first entry.
    /// </summary>
    public static EntryHash Genesis(AccountBookNo book) =>
        EntryHash.Of(Encoding.UTF8.GetBytes("zone-mes/bonded-journal-genesis/v1:" + book.Value));

    /// <summary>The hash an entry must carry: SHA-256 of its canonical form (every field but the hash).</summary>
    public static EntryHash ComputeHash(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return EntryHash.Of(EntryEncoding.Encode(entry));
    }
}
