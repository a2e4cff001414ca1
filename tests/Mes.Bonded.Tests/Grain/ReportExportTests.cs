using Mes.Bonded.Tests.Support;
using Mes.Contracts.Bonded.Postings;
using Mes.Contracts.Bonded.Reports;
using Mes.Domain.Bonded.Csv;
using Mes.Domain.Bonded.Declarations;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.MasterData.Json;
using Mes.Domain.Bonded.Reports;
using Mes.Silo.Storage.Bonded;
using Mes.Testing;
using Npgsql;

namespace Mes.Bonded.Tests.Grain;

/// <summary>The exported text is exactly what the domain's writers make of the journal as stored.</summary>
public sealed class ReportExportTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly ReportingPeriod Year = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.UtcNow.AddDays(1));

    [Fact]
    public async Task Every_csv_export_equals_the_domain_writers_output_over_the_stored_journal()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await PostAnExportAndACount(silo);
        var (journal, master) = await Stored(silo.ConnectionString);
        var period = new ReportPeriod(Year.From, Year.To);
        var variance = new VarianceQuery(2m, [new ActualConsumptionLine("PO-1", "CAP-0402-100N", 130)]);

        var expected = new Dictionary<ReportExport, string>
        {
            [new BalancesExport(Year.To)] = BalanceCsv.Write(BalanceReport.AsOf(journal, master, Year.To)),
            [new ItemLedgerExport(new ItemLedgerQuery("I4", "Bonded", period))] =
                ItemLedgerCsv.Write(ItemLedger.Compute(journal, master, ItemNo.Parse("I4"), BondedStatus.Bonded, Year)),
            [new ReconciliationExport(period, "reconciliation")] = ReconciliationCsv.Write(PeriodReconciliation.Compute(journal, master, Year)),
            [new ReconciliationExport(period, "norm-consumption")] = NormConsumptionCsv.Write(WriteOffTables.Compute(journal, master, Year).NormConsumption),
            [new ReconciliationExport(period, "documents")] = DocumentMovementCsv.Write(WriteOffTables.Compute(journal, master, Year).Documents),
            [new BookVersusPhysicalExport(new StockTakeQuery("ST-1", "CountedItemsOnly"))] =
                BookVersusPhysicalCsv.Write(BookVersusPhysical.Compute(journal, master, "ST-1", StockTakeScope.CountedItemsOnly)),
            [new ConsumptionVarianceExport(variance)] = ConsumptionVarianceCsv.Write(ConsumptionVariance.Compute(journal, master,
                [new ActualConsumption(new OrderNo("PO-1"), new PartNo("CAP-0402-100N"), 130)], 2m)),
            [new DeclarationExport("QD510825E000000201", Json: false)] = DeclarationLinesCsv.Write(DeclarationDraft.Compose(journal, master, "QD510825E000000201")),
            [new DeclarationExport("QD510825E000000201", Json: true)] = DeclarationDraftJson.Write(DeclarationDraft.Compose(journal, master, "QD510825E000000201")),
        };

        foreach (var (export, text) in expected)
        {
            Assert.Equal(text, (await silo.SampleBook.Export(export)).Value!.Text);
        }
    }

    [Fact]
    public async Task A_report_query_naming_an_unknown_item_is_refused_naming_the_field()
    {
        await using var silo = await BondedSilo.StartAsync(await postgres.CreateDatabaseAsync());

        var answer = await silo.SampleBook.ItemLedger(new ItemLedgerQuery("I99", "Bonded", new ReportPeriod(Year.From, Year.To)));

        Assert.Equal("item", answer.Refusal!.Field);
        Assert.Equal("InvalidArgument", answer.Refusal.Category);
    }

    private static async Task PostAnExportAndACount(BondedSilo silo)
    {
        foreach (var receipt in Samples.KitFor(5, "X"))
        {
            await silo.SampleBook.Post(receipt, Samples.Manager);
        }

        await silo.SampleBook.PostBackflush(new BackflushPosting { IdempotencyKey = "bf", Order = "PO-1", Product = "GW-100", CompletedQuantity = 5, NormVersion = 1, FinishedGoodsLot = "FG-1" });
        await silo.SampleBook.Post(new ShipExportPosting
        {
            IdempotencyKey = "ex", Part = "GW-100", StockQuantity = 5, Documents = [new("InventoryVerificationList", "QD510825E000000201", 1)],
        }, Samples.Manager);
        await silo.SampleBook.Post(new RecordStockTakeCountPosting
        {
            IdempotencyKey = "st", Lines = [new StockTakeCount("CAP-0402-100N", null, "Bonded", 0)], Documents = [new("StockTakeSheet", "ST-1")],
        }, Samples.Manager);
    }

    private static async Task<(IReadOnlyList<JournalEntry> Journal, AccountBookMasterData Master)> Stored(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var book = new AccountBookNo(Samples.BookNo);
        var reading = await new PostgresBondedJournal(dataSource).ReadAsync(book, CancellationToken.None);
        var master = (MasterDataResult.Valid)MasterDataJson.Load(new MasterDataFiles(
            File.ReadAllText(Path.Combine(Repository.Root, "samples/bonded/book.json")),
            File.ReadAllText(Path.Combine(Repository.Root, "samples/bonded/items.json")),
            File.ReadAllText(Path.Combine(Repository.Root, "samples/bonded/mappings.json")),
            File.ReadAllText(Path.Combine(Repository.Root, "samples/bonded/norms.json"))));
        return (reading.Entries, master.Data);
    }
}
