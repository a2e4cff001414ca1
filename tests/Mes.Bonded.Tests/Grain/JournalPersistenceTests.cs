using Mes.Bonded.Tests.Support;
using Mes.Contracts.Bonded;
using Mes.Contracts.Bonded.Postings;
using Mes.Testing;

namespace Mes.Bonded.Tests.Grain;

public sealed class JournalPersistenceTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task The_state_rebuilt_from_the_journal_after_a_restart_equals_the_state_before()
    {
        var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        foreach (var receipt in Samples.KitFor(10, "R"))
        {
            await silo.SampleBook.Post(receipt, Samples.Manager);
        }

        await silo.SampleBook.Post(new ShipExportPosting
        {
            IdempotencyKey = "return-1", Part = "CAP-0402-100N", StockQuantity = 30.5m, Documents = [Samples.ImportList(20)],
        }, Samples.Manager);
        var at = DateTimeOffset.UtcNow.AddDays(1);
        var before = (await silo.SampleBook.Balances(at)).Value!;
        var journalBefore = (await silo.SampleBook.Journal(1, 1000)).Value!;

        await using var restarted = await silo.RestartAsync();
        var after = (await restarted.SampleBook.Balances(at)).Value!;
        var journalAfter = (await restarted.SampleBook.Journal(1, 1000)).Value!;

        Assert.Equal(before.Rows, after.Rows);
        // Each hash covers every field of its entry and the entry before it.
        Assert.Equal(journalBefore.Select(e => e.Hash), journalAfter.Select(e => e.Hash));
    }

    [Fact]
    public async Task A_posting_acknowledged_is_in_the_journal_table()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());

        var result = await silo.SampleBook.Post(Samples.Receipt("k-1", "LOT-1", "PCB-GW100", 100), Samples.Manager);

        Assert.Equal(PostingOutcome.Posted, result.Outcome);
        Assert.Equal(1, await JournalTable.CountAsync(silo.ConnectionString));
        Assert.Equal("m.chen", Assert.Single(result.Entries).Actor.Id);
    }

    [Fact]
    public async Task A_refused_posting_writes_nothing_and_names_the_rule()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await silo.SampleBook.Post(Samples.Receipt("k-1", "LOT-1", "PCB-GW100", 100), Samples.Manager);

        var result = await silo.SampleBook.Post(new ShipExportPosting
        {
            IdempotencyKey = "too-much", Part = "PCB-GW100", StockQuantity = 101, Documents = [Samples.ImportList(2)],
        }, Samples.Manager);

        Assert.Equal(PostingOutcome.Refused, result.Outcome);
        Assert.Equal("NEGATIVE_BALANCE", result.Refusal!.Code);
        Assert.Equal("stockQuantity", result.Refusal.Field);
        Assert.Equal(1, await JournalTable.CountAsync(silo.ConnectionString));
    }

    [Fact]
    public async Task An_import_receipt_answers_the_lot_production_registers_as_loadable_material()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());

        var result = await silo.SampleBook.Post(Samples.Receipt("k-1", "REEL-0001", "CAP-0402-100N", 10000, line: 4), Samples.Manager);

        var lot = Assert.Single(result.ReceivedLots);
        Assert.Equal(new ReceivedLot("REEL-0001", "CAP-0402-100N", 10000, "pcs", true, "I4", Samples.ImportList(4), "116"), lot);
    }

    [Fact]
    public async Task A_malformed_value_is_refused_naming_the_field()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());

        var result = await silo.SampleBook.Post(Samples.Receipt("k-1", "LOT 1", "PCB-GW100", 100), Samples.Manager);

        Assert.Equal("InvalidArgument", result.Refusal!.Category);
        Assert.Equal("lot", result.Refusal.Field);
        Assert.Equal(0, await JournalTable.CountAsync(silo.ConnectionString));
    }

    [Fact]
    public async Task A_book_never_filed_is_not_found()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var unknown = silo.Grains.GetGrain<IAccountBookGrain>(AccountBookKey.For("H99999999999"));

        var result = await unknown.Post(Samples.Receipt("k-1", "LOT-1", "PCB-GW100", 100), Samples.Manager);

        Assert.Equal("UNKNOWN_BOOK", result.Refusal!.Code);
        Assert.Equal("NotFound", result.Refusal.Category);
    }
}
