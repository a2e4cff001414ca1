using Mes.Domain.Bonded.Journal;

namespace Mes.Grains.Bonded.Storage;

/// <summary>A journal as read: the entries in sequence order, and the first row that could not be read, if any.</summary>
/// <param name="Entries">The entries before the unreadable row (all of them when every row reads).</param>
/// <param name="Unreadable">The row that does not read as an entry (a value altered beyond its type), or null.</param>
public sealed record JournalReading(IReadOnlyList<JournalEntry> Entries, UnreadableRow? Unreadable);

/// <summary>A stored row that does not read as a journal entry.</summary>
/// <param name="Position">Its 1-based position in sequence order.</param>
/// <param name="Sequence">The sequence number it carries.</param>
/// <param name="Message">What could not be read.</param>
public sealed record UnreadableRow(long Position, long Sequence, string Message);
