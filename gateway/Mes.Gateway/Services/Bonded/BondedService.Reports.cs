using System.Text;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Mes.Contracts.Bonded;
using Mes.Contracts.Bonded.Reports;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;

namespace Mes.Gateway.Services.Bonded;

/// <summary>The reports: each as a message and, through <c>…Csv</c>, as the domain's CSV text, byte for byte.</summary>
public sealed partial class BondedService
{
    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override async Task<ListJournalReply> ListJournal(ListJournalRequest request, ServerCallContext context)
    {
        var entries = await Answer(Book(request.Book).Journal(Math.Max(request.FromSequence, 1), request.Limit is > 0 and <= 10_000 ? request.Limit : 1000));
        return new ListJournalReply { Entries = { entries.Select(BondedMessages.Entry) } };
    }

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override async Task<BalancesReply> GetBalances(GetBalancesRequest request, ServerCallContext context) =>
        BondedMessages.Balances(await Answer(Book(request.Book).Balances(request.At?.ToDateTimeOffset())));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override Task<HttpBody> GetBalancesCsv(GetBalancesRequest request, ServerCallContext context) =>
        Export(request.Book, new BalancesExport(request.At?.ToDateTimeOffset()));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override async Task<ItemLedgerReply> GetItemLedger(GetItemLedgerRequest request, ServerCallContext context) =>
        BondedMessages.Ledger(await Answer(Book(request.Book).ItemLedger(LedgerQuery(request))));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override Task<HttpBody> GetItemLedgerCsv(GetItemLedgerRequest request, ServerCallContext context) =>
        Export(request.Book, new ItemLedgerExport(LedgerQuery(request)));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override async Task<ReconciliationReply> GetReconciliation(GetReconciliationRequest request, ServerCallContext context) =>
        BondedMessages.Reconciliation(await Answer(Book(request.Book).Reconciliation(Period(request))));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override Task<HttpBody> GetReconciliationCsv(GetReconciliationRequest request, ServerCallContext context) =>
        Export(request.Book, new ReconciliationExport(Period(request), BondedFields.Or(request.Table, "reconciliation")));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override async Task<BookVersusPhysicalReply> GetBookVersusPhysical(GetBookVersusPhysicalRequest request, ServerCallContext context) =>
        BondedMessages.BookVersusPhysical(await Answer(Book(request.Book).BookVersusPhysical(StockTake(request))));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override Task<HttpBody> GetBookVersusPhysicalCsv(GetBookVersusPhysicalRequest request, ServerCallContext context) =>
        Export(request.Book, new BookVersusPhysicalExport(StockTake(request)));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override async Task<ConsumptionVarianceReply> GetConsumptionVariance(GetConsumptionVarianceRequest request, ServerCallContext context) =>
        BondedMessages.Variance(await Answer(Book(request.Book).ConsumptionVariance(Variance(request))));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override Task<HttpBody> GetConsumptionVarianceCsv(GetConsumptionVarianceRequest request, ServerCallContext context) =>
        Export(request.Book, new ConsumptionVarianceExport(Variance(request)));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override async Task<VerifyJournalReply> VerifyJournal(VerifyJournalRequest request, ServerCallContext context) =>
        BondedMessages.Verification(await Answer(Book(request.Book).VerifyJournal()));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override async Task<DeclarationDraftReply> DraftDeclarationLines(DraftDeclarationLinesRequest request, ServerCallContext context) =>
        BondedMessages.Draft(await Answer(Book(request.Book).DraftDeclaration(request.Document)));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override Task<HttpBody> DraftDeclarationLinesCsv(DraftDeclarationLinesRequest request, ServerCallContext context) =>
        Export(request.Book, new DeclarationExport(request.Document, Json: false));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override Task<HttpBody> DraftDeclarationLinesJson(DraftDeclarationLinesRequest request, ServerCallContext context) =>
        Export(request.Book, new DeclarationExport(request.Document, Json: true));

    private IAccountBookGrain Book(string book) => cluster.GetGrain<IAccountBookGrain>(BondedFields.Book(book));

    private async Task<HttpBody> Export(string book, ReportExport export)
    {
        var report = await Answer(Book(book).Export(export));
        return new HttpBody { ContentType = report.ContentType + "; charset=utf-8", Data = ByteString.CopyFrom(report.Text, Encoding.UTF8) };
    }

    private static async Task<T> Answer<T>(Task<BookAnswer<T>> answer)
        where T : class
    {
        var result = await answer;
        return result.Refusal is { } refusal ? throw BondedErrors.Of(refusal) : result.Value!;
    }

    private static ItemLedgerQuery LedgerQuery(GetItemLedgerRequest request) => new(request.Item, BondedFields.Or(request.Status, "Bonded"),
        new ReportPeriod(BondedFields.Required(request.From, "from"), BondedFields.Required(request.To, "to")));

    private static ReportPeriod Period(GetReconciliationRequest request) =>
        new(BondedFields.Required(request.From, "from"), BondedFields.Required(request.To, "to"));

    private static StockTakeQuery StockTake(GetBookVersusPhysicalRequest request) => new(request.Sheet, BondedFields.Or(request.Scope, "CountedItemsOnly"));

    private static VarianceQuery Variance(GetConsumptionVarianceRequest request) => new(
        BondedFields.DecimalOrZero(request.TolerancePercent, "tolerance_percent"),
        request.Actuals.Select((a, i) => new ActualConsumptionLine(a.Order, a.Part, BondedFields.Decimal(a.StockQuantity, $"actuals[{i}].stock_quantity"))).ToList());
}
