using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Grains.Bonded.Storage;

/// <summary>The append-only journal of the account books, in PostgreSQL.</summary>
public interface IBondedJournalStore
{
    /// <summary>Reads a book's journal in sequence order, up to the first row that cannot be read as an entry.</summary>
    Task<JournalReading> ReadAsync(AccountBookNo book, CancellationToken cancellationToken);

    /// <summary>
    /// Appends entries in one atomic write: all are durable when the task completes, none when it fails
    /// (including when another writer has already taken one of their sequence numbers).
    /// </summary>
    Task AppendAsync(AccountBookNo book, IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// The first entry, in any book, that brought <paramref name="lot"/> in (an import receipt, a suspense receipt or
    /// release, a carry-over in); null when there is none.
    /// </summary>
    Task<JournalEntry?> FirstReceiptOfLotAsync(LotNo lot, CancellationToken cancellationToken);
}
