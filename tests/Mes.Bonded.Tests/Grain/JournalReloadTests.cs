using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Grains.Bonded;
using Mes.Grains.Bonded.Storage;

namespace Mes.Bonded.Tests.Grain;

public sealed class JournalReloadTests
{
    [Fact]
    public async Task A_journal_read_that_fails_at_once_is_read_again_at_the_next_load()
    {
        var store = new RefusingOnce();
        var commits = new GroupCommit(new AccountBookNo("H51082500001"), store, 500);

        await Assert.ThrowsAsync<IOException>(commits.Load);
        await commits.Load();

        Assert.Equal(2, store.Reads);
    }

    // A store whose first read fails before it ever waits, as a connection refused by a database that is down does.
    private sealed class RefusingOnce : IBondedJournalStore
    {
        public int Reads { get; private set; }

        public Task<JournalReading> ReadAsync(AccountBookNo book, CancellationToken cancellationToken) =>
            ++Reads == 1 ? Task.FromException<JournalReading>(new IOException("connection refused")) : Task.FromResult(new JournalReading([], null));

        public Task AppendAsync(AccountBookNo book, IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<JournalEntry?> FirstReceiptOfLotAsync(LotNo lot, CancellationToken cancellationToken) => Task.FromResult<JournalEntry?>(null);
    }
}
