using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Bonded.Posting.Rules;

namespace Mes.Domain.Bonded.Posting;

/// <summary>
/// The account book's posting rules: a command and the state in, a decision out. Pure: the caller appends the
/// entries of a <see cref="PostingDecision.Posted"/> to the journal in one transaction and then applies them to
/// its state with <see cref="LedgerState.Apply(IEnumerable{JournalEntry})"/>.
/// </summary>
public static class BondedLedger
{
    /// <summary>
    /// Decides a command against the book's state and the master data, posting at <paramref name="now"/> (UTC;
    /// cut to whole microseconds and never earlier than the last entry, so the journal's times never run back).
    /// </summary>
    /// <exception cref="ArgumentException">The master data belongs to another book than the state.</exception>
    public static PostingDecision Decide(LedgerState state, LedgerCommand command, AccountBookMasterData masterData, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(masterData);
        if (masterData.Book.No != state.Book)
        {
            throw new ArgumentException($"The master data of book {masterData.Book.No} cannot decide for book {state.Book}.", nameof(masterData));
        }

        var digest = CommandDigest.Of(command);
        if (state.PostingOf(command.IdempotencyKey) is { } earlier)
        {
            return earlier.CommandDigest == digest
                ? new PostingDecision.AlreadyPosted(Enumerable.Range(0, earlier.Count).Select(i => state.Entry(earlier.FirstSequence + i)!).ToList())
                : new PostingDecision.Refused(LedgerRule.IdempotencyConflict,
                    $"Key {command.IdempotencyKey} was used for another command (entry {earlier.FirstSequence}).", nameof(command.IdempotencyKey));
        }

        if (!PostingPermissions.MayPost(command.Actor.Role, command))
        {
            return new PostingDecision.Refused(LedgerRule.ActorNotPermitted,
                $"{command.Actor.Id} ({command.Actor.Role}) may not post {command.GetType().Name}.", nameof(command.Actor));
        }

        if (DocumentRequirements.Check(command) is { } undocumented)
        {
            return undocumented;
        }

        var context = new PostingContext(state, masterData, command, PostingTime(now, state));
        var draft = DraftFor(context, command);
        if (draft.Refusal is { } refused)
        {
            return refused;
        }

        var entries = Seal(state, draft.Movements!, command, digest, context.At);
        return BalanceGuard.Check(state.Apply(entries), entries, draft) ?? (PostingDecision)new PostingDecision.Posted(entries);
    }

    private static Draft DraftFor(PostingContext context, LedgerCommand command) => command switch
    {
        ReceiveImport receipt => ReceiptRules.Import(context, receipt),
        AttachReceiptDocument attach => ReceiptRules.AttachDocument(context, attach),
        ReceiveCarryOver carryOver => ReceiptRules.CarryOverIn(context, carryOver),
        BackflushProduction backflush => BackflushRules.Decide(context, backflush),
        OutboundCommand outbound => OutboundRules.Decide(context, outbound),
        ReturnFromSubcontractor back => LotRules.ReturnFromSubcontractor(context, back),
        ReportDefective defective => LotRules.ReportDefective(context, defective),
        DisposeDefective disposal => LotRules.DisposeDefective(context, disposal),
        AdjustStock adjustment => LotRules.Adjust(context, adjustment),
        DisposeScrap scrap => DisposalRules.DisposeScrap(context, scrap),
        RecordStockTakeCount count => StockTakeRules.Count(context, count),
        ReverseEntry reversal => ReversalRules.Reverse(context, reversal),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown ledger command."),
    };

    /// <summary>Whole microseconds, because PostgreSQL keeps no more and the hash must survive the round trip.</summary>
    private static DateTimeOffset PostingTime(DateTimeOffset now, LedgerState state)
    {
        var utc = now.ToUniversalTime();
        var cut = new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
        return state.LastPostedAt is { } last && last > cut ? last : cut;
    }

    private static List<JournalEntry> Seal(
        LedgerState state, IReadOnlyList<Movement> movements, LedgerCommand command, string digest, DateTimeOffset at)
    {
        var entries = new List<JournalEntry>(movements.Count);
        var previous = state.LastHash;
        foreach (var movement in movements)
        {
            var entry = new JournalEntry(state.LastSequence + entries.Count + 1, state.Book, at, movement, command.Actor,
                command.Reason, command.IdempotencyKey, digest, previous, default);
            entry = entry with { Hash = JournalChain.ComputeHash(entry) };
            entries.Add(entry);
            previous = entry.Hash;
        }

        return entries;
    }
}
