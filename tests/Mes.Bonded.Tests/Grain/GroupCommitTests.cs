using Mes.Bonded.Tests.Support;
using Mes.Contracts.Bonded;
using Mes.Contracts.Bonded.Postings;
using Mes.Testing;

namespace Mes.Bonded.Tests.Grain;

public sealed class GroupCommitTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const int Clients = 200;

    [Fact]
    public async Task Concurrent_postings_are_each_acknowledged_once_and_chained()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await silo.SampleBook.Post(Samples.Receipt("warm-up", "LOT-0", "PCB-GW100", 1), Samples.Manager);

        var results = await Task.WhenAll(Enumerable.Range(1, Clients).Select(i =>
            silo.SampleBook.Post(Samples.Receipt($"c-{i}", $"LOT-{i}", "CAP-0402-100N", i), Samples.Manager)));
        var verification = (await silo.SampleBook.VerifyJournal()).Value!;

        Assert.All(results, r => Assert.Equal(PostingOutcome.Posted, r.Outcome));
        Assert.Equal(Enumerable.Range(2, Clients).Select(i => (long)i), results.Select(r => r.Entries.Single().Sequence).Order());
        Assert.True(verification.Intact);
        Assert.Equal(Clients + 1, await JournalTable.CountAsync(silo.ConnectionString));
    }

    [Fact]
    public async Task Postings_that_arrive_during_a_write_share_the_next_write()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());

        await Task.WhenAll(Enumerable.Range(1, Clients).Select(i =>
            silo.SampleBook.Post(Samples.Receipt($"c-{i}", $"LOT-{i}", "CAP-0402-100N", i), Samples.Manager)));

        // Rows written by one transaction share its id (xmin): fewer transactions than postings means batches.
        var transactions = await JournalTable.ScalarAsync<long>(silo.ConnectionString, "SELECT count(DISTINCT xmin::text) FROM bonded_journal");
        Assert.InRange(transactions, 1, Clients - 1);
    }

    [Fact]
    public async Task The_postings_of_a_list_are_written_in_one_transaction()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var list = Enumerable.Range(1, Clients).Select(i => (BondedPosting)Samples.Receipt($"l-{i}", $"LOT-{i}", "CAP-0402-100N", i)).ToList();

        var result = await silo.SampleBook.PostAll(list, Samples.Manager);

        var transactions = await JournalTable.ScalarAsync<long>(silo.ConnectionString, "SELECT count(DISTINCT xmin::text) FROM bonded_journal");
        Assert.Null(result.Refusal);
        Assert.All(result.Lines, line => Assert.Equal(PostingOutcome.Posted, line.Outcome));
        Assert.Equal((Clients, 1L), (await JournalTable.CountAsync(silo.ConnectionString), transactions));
    }

    [Fact]
    public async Task A_failed_write_acknowledges_nobody_and_the_retry_posts_once()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await silo.SampleBook.Post(Samples.Receipt("first", "LOT-1", "PCB-GW100", 10), Samples.Manager);
        // Another writer takes entry 2 behind the grain's back, so the grain's next write clashes on (book, sequence).
        await JournalTable.ExecuteAsync(silo.ConnectionString, """
            INSERT INTO bonded_journal SELECT book, 2, posted_at, kind, item, status, part, 'LOT-INTRUDER', order_no, stock_quantity, stock_unit,
                factor, declared_quantity, declared_unit, value_amount, value_currency, detail, actor_id, actor_role, reason, 'intruder',
                command_digest, hash, hash FROM bonded_journal WHERE sequence = 1
            """);
        var receipt = Samples.Receipt("second", "LOT-2", "PCB-GW100", 20);

        var failed = await silo.SampleBook.Post(receipt, Samples.Manager);
        var retried = await silo.SampleBook.Post(receipt, Samples.Manager);

        Assert.Equal("JOURNAL_UNAVAILABLE", failed.Refusal!.Code);
        Assert.Equal(PostingOutcome.Posted, retried.Outcome);
        Assert.Equal(3, retried.Entries.Single().Sequence);
        Assert.Equal(1, await JournalTable.ScalarAsync<long>(silo.ConnectionString, "SELECT count(*) FROM bonded_journal WHERE idempotency_key = 'second'"));
    }
}
