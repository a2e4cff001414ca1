using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.Posting;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Grains.Bonded.Storage;

namespace Mes.Grains.Bonded;

/// <summary>
/// Decides postings in arrival order against the tentative state (committed entries plus those waiting to be
/// written) and writes them to the journal in batches: while one batch is being written, the postings that arrive
/// queue up and go out together in the next write. A caller is answered only when its batch is committed.
/// A failed write answers every posting of the batch and of the queue behind it (they were decided against a state
/// that now never was) with <see cref="JournalUnavailableException"/>, and the state is re-read from the journal
/// before the next decision, so that a write that failed after committing is seen, not repeated.
/// </summary>
/// <remarks>
/// Not thread-safe: it relies on the grain's one-turn-at-a-time scheduler, which also runs its continuations.
/// </remarks>
internal sealed class GroupCommit(AccountBookNo book, IBondedJournalStore store, int maxPostingsPerWrite)
{
    private readonly Dictionary<IdempotencyKey, Task> inFlight = [];
    private List<PendingPosting> queue = [];
    private LedgerState committed = LedgerState.Empty(book);
    private LedgerState tentative = LedgerState.Empty(book);
    private Task tail = Task.CompletedTask;
    private Task? reloading;
    private bool stale = true;
    private bool writing;

    /// <summary>The state of the committed journal.</summary>
    public LedgerState Committed => committed;

    /// <summary>Reads the journal and rebuilds the state from it.</summary>
    public Task Load() => Reload();

    /// <summary>Decides a command and, when it posts, waits until its entries are committed.</summary>
    /// <exception cref="JournalUnavailableException">The journal write failed; nothing of the posting was written.</exception>
    public async Task<PostingDecision> Submit(LedgerCommand command, AccountBookMasterData master, Func<DateTimeOffset> now) =>
        (await SubmitAll([command], master, now))[0];

    /// <summary>
    /// Decides commands in order, each against the state the ones before it leave, and writes the entries of all of
    /// them in one batch, or none: the decisions end at the first refusal, and then nothing is written.
    /// </summary>
    /// <exception cref="JournalUnavailableException">The journal write failed; nothing of the commands was written.</exception>
    public async Task<IReadOnlyList<PostingDecision>> SubmitAll(IReadOnlyList<LedgerCommand> commands, AccountBookMasterData master, Func<DateTimeOffset> now)
    {
        while (true)
        {
            if (stale)
            {
                await Reload();
            }

            var decided = Decide(commands, master, now);
            if (decided.Decisions[^1] is PostingDecision.Refused)
            {
                // The refusal may rest on postings not yet durable: answer it once they are, or decide again.
                if (tail.IsCompleted || await Succeeds(tail))
                {
                    return decided.Decisions;
                }

                continue;
            }

            var waits = decided.Repeats;
            if (decided.Entries.Count > 0)
            {
                waits.Add(Enqueue(decided.Keys, decided.Entries, decided.StateAfter));
            }

            await Task.WhenAll(waits);
            return decided.Decisions;
        }
    }

    private Decided Decide(IReadOnlyList<LedgerCommand> commands, AccountBookMasterData master, Func<DateTimeOffset> now)
    {
        var decided = new Decided(tentative);
        foreach (var command in commands)
        {
            var decision = BondedLedger.Decide(decided.StateAfter, command, master, now());
            decided.Decisions.Add(decision);
            switch (decision)
            {
                case PostingDecision.Posted posted:
                    decided.StateAfter = decided.StateAfter.Apply(posted.Entries);
                    decided.Entries.AddRange(posted.Entries);
                    decided.Keys.Add(command.IdempotencyKey);
                    break;
                case PostingDecision.AlreadyPosted when inFlight.TryGetValue(command.IdempotencyKey, out var earlier):
                    decided.Repeats.Add(earlier);
                    break;
                case PostingDecision.Refused:
                    return decided;
            }
        }

        return decided;
    }

    private Task Enqueue(IReadOnlyList<IdempotencyKey> keys, IReadOnlyList<JournalEntry> entries, LedgerState stateAfter)
    {
        tentative = stateAfter;
        var pending = new PendingPosting(keys, entries, tentative);
        queue.Add(pending);
        tail = pending.Written;
        foreach (var key in keys)
        {
            inFlight[key] = pending.Written;
        }

        if (!writing)
        {
            writing = true;
            _ = WriteQueued();
        }

        return pending.Written;
    }

    private async Task WriteQueued()
    {
        try
        {
            while (queue.Count > 0)
            {
                var batch = Take();
                try
                {
                    await store.AppendAsync(book, batch.SelectMany(p => p.Entries).ToList(), CancellationToken.None);
                }
                catch (Exception e)
                {
                    FailEverythingFrom(batch, e);
                    return;
                }

                committed = batch[^1].StateAfter;
                foreach (var posting in batch)
                {
                    Forget(posting);
                    posting.Complete();
                }
            }
        }
        finally
        {
            writing = false;
        }
    }

    private List<PendingPosting> Take()
    {
        if (queue.Count <= maxPostingsPerWrite)
        {
            var all = queue;
            queue = [];
            return all;
        }

        var batch = queue.GetRange(0, maxPostingsPerWrite);
        queue.RemoveRange(0, maxPostingsPerWrite);
        return batch;
    }

    private void FailEverythingFrom(List<PendingPosting> batch, Exception cause)
    {
        var failed = batch.Concat(queue).ToList();
        queue = [];
        tentative = committed;
        stale = true;
        var error = new JournalUnavailableException(book, cause);
        foreach (var posting in failed)
        {
            Forget(posting);
            posting.Fail(error);
        }
    }

    private void Forget(PendingPosting posting)
    {
        foreach (var key in posting.Keys)
        {
            inFlight.Remove(key);
        }
    }

    // Postings that arrive during a read share it; a finished read, failed or not, is never handed out again. (Clearing
    // the field when the read ends is not enough: a read that finishes at once, as a refused connection does, would
    // end before the field is set, and every later posting would get its outcome without reading.)
    private Task Reload()
    {
        if (reloading is not { IsCompleted: false })
        {
            reloading = ReadJournal();
        }
        return reloading;
    }

    private async Task ReadJournal()
    {
        var reading = await store.ReadAsync(book, CancellationToken.None);
        if (reading.Unreadable is { } row)
        {
            throw new InvalidOperationException($"Entry {row.Sequence} of book {book} cannot be read: {row.Message}");
        }

        committed = tentative = LedgerState.Replay(book, reading.Entries);
        stale = false;
    }

    /// <summary>What deciding a run of commands gave: the decisions so far, and what the posted ones write.</summary>
    private sealed class Decided(LedgerState before)
    {
        public List<PostingDecision> Decisions { get; } = [];

        public List<JournalEntry> Entries { get; } = [];

        public List<IdempotencyKey> Keys { get; } = [];

        public List<Task> Repeats { get; } = [];

        public LedgerState StateAfter { get; set; } = before;
    }

    private static async Task<bool> Succeeds(Task task)
    {
        try
        {
            await task;
            return true;
        }
        catch (JournalUnavailableException)
        {
            return false;
        }
    }
}
