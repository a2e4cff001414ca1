using Mes.Bonded.Tests.Support;
using Mes.Contracts.Bonded;
using Mes.Testing;

namespace Mes.Bonded.Tests.Grain;

public sealed class PermissionTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Theory]
    [InlineData("Customs")]
    [InlineData("Operator")]
    public async Task A_role_that_posts_nothing_is_refused_and_nothing_is_written(string role)
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());

        var result = await silo.SampleBook.Post(Samples.Receipt("k-1", "LOT-1", "PCB-GW100", 100), new PostingActor("someone", role));

        Assert.Equal("ACTOR_NOT_PERMITTED", result.Refusal!.Code);
        Assert.Equal("PermissionDenied", result.Refusal.Category);
        Assert.Equal(0, await JournalTable.CountAsync(silo.ConnectionString));
    }

    [Fact]
    public async Task A_backflush_from_production_is_posted_by_the_mes_itself()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        foreach (var receipt in Samples.KitFor(4, "P"))
        {
            await silo.SampleBook.Post(receipt, Samples.Manager);
        }

        var result = await silo.SampleBook.PostBackflush(new() { IdempotencyKey = "po-1:1", Order = "PO-1", Product = "GW-100", CompletedQuantity = 4, NormVersion = 1, FinishedGoodsLot = "FG-PO-1" });

        Assert.Equal(PostingOutcome.Posted, result.Outcome);
        Assert.All(result.Entries, e => Assert.Equal(PostingActor.Mes, e.Actor));
    }
}
