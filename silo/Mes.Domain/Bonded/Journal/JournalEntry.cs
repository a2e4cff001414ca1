using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Journal;

/// <summary>
/// One entry of an account book's append-only journal, the single source of truth of its balances.
/// Every field is covered by <see cref="Hash"/>, which also covers the previous entry's hash, so that
/// altering or removing any entry breaks the chain from that entry on.
/// </summary>
/// <param name="Sequence">The position in the book's journal, from 1 without gaps.</param>
/// <param name="Book">The account book.</param>
/// <param name="PostedAt">The posting time, UTC, whole microseconds (the precision of a PostgreSQL timestamp).</param>
/// <param name="Movement">What the entry moves.</param>
/// <param name="Actor">Who posted it.</param>
/// <param name="Reason">The reason given, required for corrections.</param>
/// <param name="IdempotencyKey">The key of the command that produced the entry.</param>
/// <param name="CommandDigest">SHA-256 (hex) of the command's canonical form, to tell a repeat from a conflict.</param>
/// <param name="PreviousHash">The hash of the previous entry, or the book's genesis hash for the first.</param>
/// <param name="Hash">SHA-256 of this entry's canonical form (which includes <paramref name="PreviousHash"/>).</param>
public sealed record JournalEntry(
    long Sequence,
    AccountBookNo Book,
    DateTimeOffset PostedAt,
    Movement Movement,
    Actor Actor,
    string? Reason,
    IdempotencyKey IdempotencyKey,
    string CommandDigest,
    EntryHash PreviousHash,
    EntryHash Hash);
