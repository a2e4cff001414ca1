using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mes.Contracts.Production;
using Mes.Contracts.Production.Lots;
using Mes.Contracts.Production.MasterData;
using Mes.Contracts.Production.Orders;
using Mes.Contracts.Production.Units;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using BondedOrigin = Mes.Contracts.Production.Lots.BondedOrigin;
using MasterDataVersion = Mes.Gateway.Api.V1.MasterDataVersion;
using RegisterLotRequest = Mes.Gateway.Api.V1.RegisterLotRequest;
using CreateOrderRequest = Mes.Gateway.Api.V1.CreateOrderRequest;
using SerialsGiven = Mes.Gateway.Api.V1.SerialsGiven;

namespace Mes.Gateway.Services;

/// <summary>mes.v1.Production: orders, master data, lots and unit dispositions, answered by their grains.</summary>
public sealed class ProductionService(IClusterClient cluster) : Api.V1.Production.ProductionBase
{
    /// <summary>Orders a list returns when the request names no limit.</summary>
    public const int DefaultListLimit = 100;

    private static readonly string[] OrderStatuses = ["Created", "Released", "InProgress", "Completed", "Closed"];

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override async Task<Order> CreateOrder(CreateOrderRequest request, ServerCallContext context)
    {
        var grain = Order(request.OrderNo);
        var requestId = RequestFields.RequestId(request.RequestId);
        if (request.Quantity < 1)
        {
            throw ApiErrors.InvalidArgument("quantity", "must be at least 1");
        }

        if (request.NormVersion < 0)
        {
            throw ApiErrors.InvalidArgument("norm_version", "cannot be negative");
        }

        return ShopFloorMessages.Order(await grain.Create(new Contracts.Production.Orders.CreateOrderRequest(requestId,
            RequestFields.Required(request.ProductNo, "product_no"), RequestFields.Required(request.LineId, "line_id"), request.Quantity,
            RequestFields.Time(request.DueDate, "due_date"), request.Bonded, request.NormVersion == 0 ? null : request.NormVersion)).OrThrow());
    }

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override async Task<Order> ReleaseOrder(OrderStepRequest request, ServerCallContext context) =>
        ShopFloorMessages.Order(await Order(request.OrderNo).Release(RequestFields.RequestId(request.RequestId)).OrThrow());

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override async Task<Order> StartOrder(OrderStepRequest request, ServerCallContext context) =>
        ShopFloorMessages.Order(await Order(request.OrderNo).Start(RequestFields.RequestId(request.RequestId)).OrThrow());

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override async Task<Order> CompleteOrder(OrderStepRequest request, ServerCallContext context) =>
        ShopFloorMessages.Order(await Order(request.OrderNo).Complete(RequestFields.RequestId(request.RequestId)).OrThrow());

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override async Task<Order> CloseOrder(OrderStepRequest request, ServerCallContext context) =>
        ShopFloorMessages.Order(await Order(request.OrderNo).Close(RequestFields.RequestId(request.RequestId)).OrThrow());

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override async Task<SerialsGiven> IssueSerials(IssueSerialsRequest request, ServerCallContext context)
    {
        var grain = Order(request.OrderNo);
        var requestId = RequestFields.RequestId(request.RequestId);
        return request.Count < 1
            ? throw ApiErrors.InvalidArgument("count", "must be at least 1")
            : Serials(await grain.IssueSerials(requestId, request.Count).OrThrow());
    }

    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
    public override async Task<SerialsGiven> RegisterSerials(RegisterSerialsRequest request, ServerCallContext context)
    {
        var grain = Order(request.OrderNo);
        var requestId = RequestFields.RequestId(request.RequestId);
        if (request.Serials.Count == 0)
        {
            throw ApiErrors.InvalidArgument("serials", "give at least one serial");
        }

        var serials = request.Serials.Select((s, i) => RequestFields.Id(GrainKey.Unit, s, $"serials[{i}]")).ToList();
        return Serials(await grain.RegisterSerials(requestId, serials).OrThrow());
    }

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin, Role.Terminal)]
    public override async Task<Order> GetOrder(GetOrderRequest request, ServerCallContext context) =>
        ShopFloorMessages.Order(await Order(request.OrderNo).Get() ?? throw ApiErrors.NotFound(GrainKey.Order.ResourceType, request.OrderNo));

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin, Role.Terminal)]
    public override async Task<ListOrdersResponse> ListOrders(ListOrdersRequest request, ServerCallContext context)
    {
        var limit = request.Limit == 0 ? DefaultListLimit : request.Limit;
        if (limit is < 1 or > IOrderBookGrain.MaxLimit)
        {
            throw ApiErrors.InvalidArgument("limit", FormattableString.Invariant($"must be 1 to {IOrderBookGrain.MaxLimit}"));
        }

        if (request.Status.Length > 0 && !OrderStatuses.Contains(request.Status))
        {
            throw ApiErrors.InvalidArgument("status", $"must be one of {string.Join(", ", OrderStatuses)}");
        }

        var orders = await cluster.GetGrain<IOrderBookGrain>(0).List(new OrderQuery(Optional(request.LineId), Optional(request.Status),
            Optional(request.AfterOrderNo), limit));
        var response = new ListOrdersResponse { NextAfterOrderNo = orders.Count == limit ? orders[^1].OrderNo : string.Empty };
        response.Orders.AddRange(orders.Select(o => new OrderLine
        {
            OrderNo = o.OrderNo, ProductNo = o.ProductNo, LineId = o.LineId, Quantity = o.Quantity, DueDate = ShopFloorMessages.Time(o.DueDate),
            Bonded = o.Bonded, Status = o.Status, Finished = o.Finished, Scrapped = o.Scrapped,
        }));
        return response;
    }

    [AllowedRoles(Role.Manager, Role.Integration, Role.Admin)]
    public override async Task<MasterDataVersion> ImportMasterData(ImportMasterDataRequest request, ServerCallContext context)
    {
        var requestId = RequestFields.RequestId(request.RequestId);
        if (request.Files.Count == 0)
        {
            throw ApiErrors.InvalidArgument("files", "give the master-data files, name → text (see docs/plant/master-data.md)");
        }

        return Version(await MasterData.Import(new ImportMasterData(requestId, request.Files.ToDictionary(f => f.Key, f => f.Value), "api")).OrThrow());
    }

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin, Role.Terminal)]
    public override async Task<MasterDataVersion> GetMasterDataVersion(GetMasterDataVersionRequest request, ServerCallContext context)
    {
        if (request.Version < 0)
        {
            throw ApiErrors.InvalidArgument("version", "cannot be negative; 0 is the current version");
        }

        return Version(await MasterData.GetVersion(request.Version)
            ?? throw ApiErrors.NotFound("master_data_version", request.Version == 0 ? "current" : request.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [AllowedRoles(Role.Supervisor, Role.Integration, Role.Admin)]
    public override async Task<Lot> RegisterLot(RegisterLotRequest request, ServerCallContext context)
    {
        var grain = Lot(request.LotNo);
        var requestId = RequestFields.RequestId(request.RequestId);
        var quantity = RequestFields.Decimal(request.Quantity, "quantity");
        if (quantity <= 0)
        {
            throw ApiErrors.InvalidArgument("quantity", "must be more than zero");
        }

        var bonded = request.Bonded is { } origin
            ? new BondedOrigin(RequestFields.Required(origin.CustomsItemNo, "bonded.customs_item_no"),
                RequestFields.Required(origin.SourceDocumentLine, "bonded.source_document_line"))
            : null;
        var moisture = request.Moisture is { } m
            ? new Contracts.Production.Lots.MoistureAtReceipt(Span(m.ExposedBefore, "moisture.exposed_before") ?? TimeSpan.Zero,
                RequestFields.OptionalTime(m.OpenedAt, "moisture.opened_at"), RequestFields.OptionalTime(m.BakedAt, "moisture.baked_at"),
                Span(m.LabelFloorLife, "moisture.label_floor_life"))
            : null;
        return ShopFloorMessages.Lot(await grain.Register(new Contracts.Production.Lots.RegisterLotRequest(requestId,
            RequestFields.Required(request.PartNo, "part_no"), quantity, bonded, moisture)).OrThrow());
    }

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin, Role.Terminal)]
    public override async Task<Lot> GetLot(GetLotRequest request, ServerCallContext context) =>
        ShopFloorMessages.Lot(await Lot(request.LotNo).Get() ?? throw ApiErrors.NotFound(GrainKey.Lot.ResourceType, request.LotNo));

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<Lot> OpenLot(LotStepRequest request, ServerCallContext context) =>
        ShopFloorMessages.Lot(await Lot(request.LotNo).Open(RequestFields.RequestId(request.RequestId)).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<Lot> SealLot(LotStepRequest request, ServerCallContext context) =>
        ShopFloorMessages.Lot(await Lot(request.LotNo).Seal(RequestFields.RequestId(request.RequestId)).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<Lot> BakeLot(LotStepRequest request, ServerCallContext context) =>
        ShopFloorMessages.Lot(await Lot(request.LotNo).Bake(RequestFields.RequestId(request.RequestId)).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin, Role.Terminal)]
    public override async Task<Unit> GetUnit(GetUnitRequest request, ServerCallContext context) =>
        ShopFloorMessages.Unit(await Unit(request.Serial).Get() ?? throw ApiErrors.NotFound(GrainKey.Unit.ResourceType, request.Serial));

    [AllowedRoles(Role.Supervisor, Role.Admin)]
    public override async Task<Unit> ScrapUnit(ScrapUnitRequest request, ServerCallContext context)
    {
        var grain = Unit(request.Serial);
        return ShopFloorMessages.Unit(await grain.Scrap(new ScrapRequest(RequestFields.RequestId(request.RequestId),
            RequestFields.Required(request.Reason, "reason"), Who(context))).OrThrow());
    }

    [AllowedRoles(Role.Supervisor, Role.Integration, Role.Admin)]
    public override async Task<Unit> ShipUnit(ShipUnitRequest request, ServerCallContext context)
    {
        var grain = Unit(request.Serial);
        return ShopFloorMessages.Unit(await grain.Ship(new ShipRequest(RequestFields.RequestId(request.RequestId),
            RequestFields.Required(request.ShipmentNo, "shipment_no"))).OrThrow());
    }

    private IMasterDataGrain MasterData => cluster.GetGrain<IMasterDataGrain>(IMasterDataGrain.Key);

    private IProductionOrderGrain Order(string orderNo) =>
        cluster.GetGrain<IProductionOrderGrain>(RequestFields.Key(GrainKey.Order, orderNo, "order_no"));

    private IMaterialLotGrain Lot(string lotNo) => cluster.GetGrain<IMaterialLotGrain>(RequestFields.Key(GrainKey.Lot, lotNo, "lot_no"));

    private IUnitGrain Unit(string serial) => cluster.GetGrain<IUnitGrain>(RequestFields.Key(GrainKey.Unit, serial, "serial"));

    private static SerialsGiven Serials(Contracts.Production.Orders.SerialsGiven given)
    {
        var message = new SerialsGiven { Order = ShopFloorMessages.Order(given.Order) };
        message.Serials.AddRange(given.Serials);
        return message;
    }

    private static MasterDataVersion Version(Contracts.Production.MasterData.MasterDataVersion version)
    {
        var message = new MasterDataVersion
        {
            Version = version.Version,
            ImportedAt = ShopFloorMessages.Time(version.ImportedAt),
            Source = version.Source,
            SiteId = version.SiteId,
            MaterialCount = version.MaterialCount,
            OperatorCount = version.OperatorCount,
        };
        message.LineIds.AddRange(version.LineIds);
        message.WorkstationIds.AddRange(version.WorkstationIds);
        message.ProductNos.AddRange(version.ProductNos);
        return message;
    }

    private static TimeSpan? Span(Duration? duration, string field)
    {
        if (duration is null)
        {
            return null;
        }

        var span = duration.ToTimeSpan();
        return span < TimeSpan.Zero ? throw ApiErrors.InvalidArgument(field, "cannot be negative") : span;
    }

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Who the caller is, for the records that say who did it.</summary>
    private static string Who(ServerCallContext context) => Caller.Of(context.GetHttpContext().User)?.Subject ?? "unknown";
}
