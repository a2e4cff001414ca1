using Mes.Bonded.Tests.Support;
using Mes.Contracts.Bonded;
using Mes.Testing;

namespace Mes.Bonded.Tests.Grain;

public sealed class MasterDataTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly DateTimeOffset July = new(2025, 7, 1, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task The_sample_book_is_filed_on_first_use()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());

        var master = (await silo.SampleBook.MasterData()).Value!;

        Assert.Equal(Samples.BookNo, master.Book.BookNo);
        Assert.Equal(10, master.Items.Count);
        Assert.Equal(0, master.ChangeCount);
    }

    [Fact]
    public async Task A_declared_item_version_is_in_force_after_a_restart()
    {
        var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var current = (await silo.SampleBook.MasterData()).Value!.Items.Single(i => i.ItemNo == "I2");

        var change = await silo.SampleBook.DeclareItemVersion(current with { Version = 2, EffectiveFrom = July, DeclaredUnitPrice = 4.35m }, Samples.Manager);
        await using var restarted = await silo.RestartAsync();
        var read = (await restarted.SampleBook.MasterData()).Value!;

        Assert.Equal(1, change.ChangeCount);
        Assert.Equal(1, read.ChangeCount);
        Assert.Equal(4.35m, read.Items.Single(i => i.ItemNo == "I2" && i.Version == 2).DeclaredUnitPrice);
    }

    [Fact]
    public async Task A_declaration_that_breaks_a_rule_is_refused_naming_the_field_and_changes_nothing()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var current = (await silo.SampleBook.MasterData()).Value!.Items.Single(i => i.ItemNo == "I2");

        var change = await silo.SampleBook.DeclareItemVersion(current with { Version = 3, EffectiveFrom = July }, Samples.Manager);

        Assert.False(change.Accepted);
        var problem = Assert.Single(change.Problems);
        Assert.Equal(("items.json", 1, "version"), (problem.File, problem.Row, problem.Field));
        Assert.Equal(0, (await silo.SampleBook.MasterData()).Value!.ChangeCount);
    }

    [Fact]
    public async Task A_new_norm_version_can_be_cited_by_a_backflush_once_declared()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var v1 = (await silo.SampleBook.MasterData()).Value!.Norms.Where(n => n.Version == 1).ToList();
        var from = DateTimeOffset.UtcNow.AddMinutes(-1);

        var change = await silo.SampleBook.DeclareNormVersion(v1.Select(n => n with { Version = 2, EffectiveFrom = from, EffectiveUntil = null }).ToList(), Samples.Manager);
        var norms = (await silo.SampleBook.MasterData()).Value!.Norms;

        Assert.True(change.Accepted, string.Join(" ", change.Problems));
        Assert.Equal(v1.Count, norms.Count(n => n.Version == 2));
    }

    [Fact]
    public async Task A_book_filed_from_its_files_takes_postings()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync(), settings: "--Bonded:SeedFromSamples=false");
        var files = SampleFiles.WithBookNo("H51082500777");
        var book = silo.Grains.GetGrain<IAccountBookGrain>(AccountBookKey.For("H51082500777"));

        var filed = await book.File(files, Samples.Manager);
        var posted = await book.Post(Samples.Receipt("k-1", "LOT-1", "PCB-GW100", 5), Samples.Manager);

        Assert.Equal(0, filed.ChangeCount);
        Assert.Equal(PostingOutcome.Posted, posted.Outcome);
    }
}
