using Mes.Bonded.Tests.Support;
using Mes.Testing;
using Npgsql;

namespace Mes.Bonded.Tests.Grain;

public sealed class TamperTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_quantity_changed_in_the_database_is_named_by_verification()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        foreach (var receipt in Samples.KitFor(5, "T"))
        {
            await silo.SampleBook.Post(receipt, Samples.Manager);
        }

        await JournalTable.AlterAsDbaAsync(silo.ConnectionString,
            $"UPDATE bonded_journal SET stock_quantity = 6, declared_quantity = 6 WHERE book = '{Samples.BookNo}' AND sequence = 3");
        var verification = (await silo.SampleBook.VerifyJournal()).Value!;

        Assert.False(verification.Intact);
        Assert.Equal(3, verification.FirstBroken!.Sequence);
        Assert.Equal("HashMismatch", verification.FirstBroken.Problem);
    }

    [Fact]
    public async Task An_untouched_journal_verifies_intact()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        foreach (var receipt in Samples.KitFor(5, "V"))
        {
            await silo.SampleBook.Post(receipt, Samples.Manager);
        }

        var verification = (await silo.SampleBook.VerifyJournal()).Value!;

        Assert.True(verification.Intact);
        Assert.Equal(9, verification.EntriesChecked);
    }

    [Fact]
    public async Task A_deleted_entry_is_named_by_verification()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        foreach (var receipt in Samples.KitFor(5, "D"))
        {
            await silo.SampleBook.Post(receipt, Samples.Manager);
        }

        await JournalTable.AlterAsDbaAsync(silo.ConnectionString, $"DELETE FROM bonded_journal WHERE book = '{Samples.BookNo}' AND sequence = 4");
        var verification = (await silo.SampleBook.VerifyJournal()).Value!;

        Assert.Equal(5, verification.FirstBroken!.Sequence);
        Assert.Equal("SequenceGap", verification.FirstBroken.Problem);
    }

    [Theory]
    [InlineData("UPDATE bonded_journal SET stock_quantity = 1")]
    [InlineData("DELETE FROM bonded_journal")]
    [InlineData("TRUNCATE bonded_journal")]
    public async Task The_journal_table_refuses_changes_to_its_rows(string sql)
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await silo.SampleBook.Post(Samples.Receipt("k-1", "LOT-1", "PCB-GW100", 100), Samples.Manager);

        var error = await Assert.ThrowsAsync<PostgresException>(() => JournalTable.ExecuteAsync(silo.ConnectionString, sql));

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(1, await JournalTable.CountAsync(silo.ConnectionString));
    }
}
