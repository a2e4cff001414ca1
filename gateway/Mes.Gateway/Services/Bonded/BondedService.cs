using Grpc.Core;
using Mes.Contracts.Bonded;
using Mes.Contracts.Bonded.Postings;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;

namespace Mes.Gateway.Services.Bonded;

/// <summary>
/// mes.v1.Bonded: the account book, answered by account-book grains. Postings may be made by supervisors, managers,
/// integrations and administrators, corrections (reversal, stock adjustment) by managers and administrators; customs and
/// everyone else reads. The actor of every posting is the authenticated caller.
/// </summary>
public sealed partial class BondedService(IClusterClient cluster) : Api.V1.Bonded.BondedBase
{
    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> ReceiveImport(ReceiveImportRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => Receipt(request, ""));

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override async Task<PostingListReply> ReceiveImportList(ReceiveImportListRequest request, ServerCallContext context)
    {
        var key = BondedFields.Book(request.Book);
        var postings = request.Lines.Select((line, i) => line.Book.Length == 0 || line.Book == request.Book
            ? Receipt(line, $"lines[{i}].")
            : throw ApiErrors.InvalidArgument($"lines[{i}].book", $"is {line.Book}, not the list's book {request.Book}")).ToList();
        var result = await cluster.GetGrain<IAccountBookGrain>(key).PostAll(postings, BondedCaller.Of(context));
        return result.Refusal is { } refusal ? throw BondedErrors.Of(refusal) : new PostingListReply { Lines = { result.Lines.Select(BondedMessages.Reply) } };
    }

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> AttachReceiptDocument(AttachReceiptDocumentRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new AttachReceiptDocumentPosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Lot = request.Lot, Value = BondedFields.Money(request.Value, "value"), Origin = BondedFields.Optional(request.Origin),
        });

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> ReceiveCarryOver(ReceiveCarryOverRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new ReceiveCarryOverPosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Lot = request.Lot, Part = request.Part, StockQuantity = BondedFields.Decimal(request.StockQuantity, "stock_quantity"),
            Value = BondedFields.Money(request.Value, "value"), Origin = BondedFields.Optional(request.Origin),
            From = BondedFields.Party(request.From) ?? throw ApiErrors.InvalidArgument("from", "is required"),
        });

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> PostBackflush(PostBackflushRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new BackflushPosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Order = request.Order, Product = request.Product, CompletedQuantity = BondedFields.Decimal(request.CompletedQuantity, "completed_quantity"),
            NormVersion = request.NormVersion, FinishedGoodsLot = request.FinishedGoodsLot, ConsumedLots = [.. request.ConsumedLots],
            Scrap = request.Scrap.Select((s, i) => new Contracts.Bonded.Postings.ScrapQuantity(s.Part, BondedFields.Decimal(s.StockQuantity, $"scrap[{i}].stock_quantity"))).ToList(),
        });

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> ShipExport(ShipExportRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new ShipExportPosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Part = request.Part, StockQuantity = BondedFields.Decimal(request.StockQuantity, "stock_quantity"), Status = BondedFields.Or(request.Status, "Bonded"),
            PreferredLots = [.. request.PreferredLots], Value = BondedFields.Money(request.Value, "value"),
        });

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> SellDomestically(SellDomesticallyRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new SellDomesticallyPosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Part = request.Part, StockQuantity = BondedFields.Decimal(request.StockQuantity, "stock_quantity"), Status = BondedFields.Or(request.Status, "Bonded"),
            PreferredLots = [.. request.PreferredLots], Value = BondedFields.Money(request.Value, "value"),
            Duty = BondedFields.Duty(request.Duty, "duty") ?? throw ApiErrors.InvalidArgument("duty", "is required for a domestic sale"),
        });

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> ShipCarryOver(ShipCarryOverRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new ShipCarryOverPosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Part = request.Part, StockQuantity = BondedFields.Decimal(request.StockQuantity, "stock_quantity"), Status = BondedFields.Or(request.Status, "Bonded"),
            PreferredLots = [.. request.PreferredLots], Value = BondedFields.Money(request.Value, "value"),
            To = BondedFields.Party(request.To) ?? throw ApiErrors.InvalidArgument("to", "is required"),
        });

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> SendToSubcontractor(SendToSubcontractorRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new SendToSubcontractorPosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Part = request.Part, StockQuantity = BondedFields.Decimal(request.StockQuantity, "stock_quantity"), Status = BondedFields.Or(request.Status, "Bonded"),
            PreferredLots = [.. request.PreferredLots], Value = BondedFields.Money(request.Value, "value"),
            Subcontractor = BondedFields.Party(request.Subcontractor) ?? throw ApiErrors.InvalidArgument("subcontractor", "is required"),
        });

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> ReturnFromSubcontractor(ReturnFromSubcontractorRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new ReturnFromSubcontractorPosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Lot = request.Lot, StockQuantity = BondedFields.Decimal(request.StockQuantity, "stock_quantity"),
            Subcontractor = BondedFields.Party(request.Subcontractor) ?? throw ApiErrors.InvalidArgument("subcontractor", "is required"),
        });

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> ReportDefective(ReportDefectiveRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new ReportDefectivePosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Lot = request.Lot, StockQuantity = BondedFields.Decimal(request.StockQuantity, "stock_quantity"), Order = BondedFields.Optional(request.Order),
        });

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> DisposeDefective(DisposeDefectiveRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new DisposeDefectivePosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Lot = request.Lot, StockQuantity = BondedFields.Decimal(request.StockQuantity, "stock_quantity"), Mode = request.Mode,
            Duty = BondedFields.Duty(request.Duty, "duty"), Value = BondedFields.Money(request.Value, "value"),
        });

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> DisposeScrap(DisposeScrapRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new DisposeScrapPosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Part = request.Part, StockQuantity = BondedFields.Decimal(request.StockQuantity, "stock_quantity"), Mode = request.Mode,
            Duty = BondedFields.Duty(request.Duty, "duty"), Value = BondedFields.Money(request.Value, "value"),
        });

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override Task<PostingReply> RecordStockTakeCount(RecordStockTakeCountRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new RecordStockTakeCountPosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Lines = request.Lines.Select((l, i) => new StockTakeCount(l.Part, BondedFields.Optional(l.Lot), BondedFields.Or(l.Status, "Bonded"),
                BondedFields.Decimal(l.StockQuantity, $"lines[{i}].stock_quantity"))).ToList(),
        });

    [AllowedRoles(Role.Manager, Role.Admin)]
    public override Task<PostingReply> AdjustStock(AdjustStockRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new AdjustStockPosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Lot = request.Lot, Direction = request.Direction, StockQuantity = BondedFields.Decimal(request.StockQuantity, "stock_quantity"),
            Part = BondedFields.Optional(request.Part), Status = BondedFields.Or(request.Status, "Bonded"),
        });

    [AllowedRoles(Role.Manager, Role.Admin)]
    public override Task<PostingReply> ReverseEntry(ReverseEntryRequest request, ServerCallContext context) =>
        Post(request.Book, context, () => new ReverseEntryPosting
        {
            IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
            Sequence = request.Sequence,
        });

    private static ReceiveImportPosting Receipt(ReceiveImportRequest request, string field) => new()
    {
        IdempotencyKey = request.IdempotencyKey, Documents = BondedFields.Documents(request.Documents), Reason = request.Reason,
        Lot = request.Lot, Part = request.Part, StockQuantity = BondedFields.Decimal(request.StockQuantity, field + "stock_quantity"),
        Value = BondedFields.Money(request.Value, field + "value"), Origin = BondedFields.Optional(request.Origin), Status = BondedFields.Or(request.Status, "Bonded"),
    };

    private async Task<PostingReply> Post(string book, ServerCallContext context, Func<BondedPosting> posting)
    {
        var key = BondedFields.Book(book);
        var result = await cluster.GetGrain<IAccountBookGrain>(key).Post(posting(), BondedCaller.Of(context));
        return result.Refusal is { } refusal ? throw BondedErrors.Of(refusal) : BondedMessages.Reply(result);
    }
}
