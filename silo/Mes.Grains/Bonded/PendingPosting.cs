using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;

namespace Mes.Grains.Bonded;

/// <summary>
/// Decided postings waiting for their batch to be written (one, or a list that is written whole): their keys, their
/// entries, and the state once they are.
/// </summary>
internal sealed class PendingPosting(IReadOnlyList<IdempotencyKey> keys, IReadOnlyList<JournalEntry> entries, LedgerState stateAfter)
{
    // Continuations run later, not inside the write loop that completes them.
    private readonly TaskCompletionSource written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<IdempotencyKey> Keys => keys;

    public IReadOnlyList<JournalEntry> Entries => entries;

    public LedgerState StateAfter => stateAfter;

    /// <summary>Completes when the entries are committed; faults when their write failed.</summary>
    public Task Written => written.Task;

    public void Complete() => written.TrySetResult();

    public void Fail(Exception error) => written.TrySetException(error);
}
