using Mes.Bonded.Tests.Support;
using Mes.Contracts.Bonded;
using Mes.Testing;

namespace Mes.Bonded.Tests.Grain;

public sealed class IdempotencyTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task The_same_posting_twice_writes_one_entry_and_answers_the_first_entries()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var receipt = Samples.Receipt("receipt-7", "LOT-7", "IC-PHY-ETH", 250);

        var first = await silo.SampleBook.Post(receipt, Samples.Manager);
        var second = await silo.SampleBook.Post(receipt, Samples.Manager);

        Assert.Equal(PostingOutcome.AlreadyPosted, second.Outcome);
        Assert.Equal(first.Entries.Select(e => e.Hash), second.Entries.Select(e => e.Hash));
        Assert.Equal(1, await JournalTable.CountAsync(silo.ConnectionString));
    }

    [Fact]
    public async Task A_retry_after_a_restart_is_answered_from_the_journal()
    {
        var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var receipt = Samples.Receipt("receipt-8", "LOT-8", "IC-PHY-ETH", 250);
        var first = await silo.SampleBook.Post(receipt, Samples.Manager);

        await using var restarted = await silo.RestartAsync();
        var retry = await restarted.SampleBook.Post(receipt, Samples.Manager);

        Assert.Equal(PostingOutcome.AlreadyPosted, retry.Outcome);
        Assert.Equal(first.Entries.Select(e => e.Hash), retry.Entries.Select(e => e.Hash));
        Assert.Equal(1, await JournalTable.CountAsync(restarted.ConnectionString));
    }

    [Fact]
    public async Task The_same_key_with_another_payload_is_refused_as_a_conflict()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await silo.SampleBook.Post(Samples.Receipt("receipt-9", "LOT-9", "IC-PHY-ETH", 250), Samples.Manager);

        var other = await silo.SampleBook.Post(Samples.Receipt("receipt-9", "LOT-9", "IC-PHY-ETH", 260), Samples.Manager);

        Assert.Equal("IDEMPOTENCY_CONFLICT", other.Refusal!.Code);
        Assert.Equal("Conflict", other.Refusal.Category);
        Assert.Equal(1, await JournalTable.CountAsync(silo.ConnectionString));
    }
}
