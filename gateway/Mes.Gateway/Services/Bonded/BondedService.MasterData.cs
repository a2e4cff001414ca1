using Grpc.Core;
using Mes.Contracts.Bonded.MasterData;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;

namespace Mes.Gateway.Services.Bonded;

/// <summary>
/// Master data: read by everyone who reads the book; filed and changed by managers and administrators, the enterprise's
/// own filing with customs (customs officers read, they do not file the enterprise's book).
/// </summary>
public sealed partial class BondedService
{
    [AllowedRoles(Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin)]
    public override async Task<MasterDataReply> GetMasterData(GetMasterDataRequest request, ServerCallContext context) =>
        BondedMessages.MasterData(await Answer(Book(request.Book).MasterData()));

    [AllowedRoles(Role.Manager, Role.Admin)]
    public override Task<MasterDataChangeReply> FileBook(FileBookRequest request, ServerCallContext context) =>
        Change(Book(request.Book).File(new MasterDataFileTexts(request.BookJson, request.ItemsJson, request.MappingsJson, request.NormsJson), BondedCaller.Of(context)));

    [AllowedRoles(Role.Manager, Role.Admin)]
    public override Task<MasterDataChangeReply> DeclareItemVersion(DeclareItemVersionRequest request, ServerCallContext context)
    {
        var book = Book(request.Book);
        var i = request.Item ?? throw ApiErrors.InvalidArgument("item", "is required");
        return Change(book.DeclareItemVersion(new Contracts.Bonded.MasterData.ItemVersion
        {
            ItemNo = i.ItemNo, Version = i.Version, EffectiveFrom = BondedFields.Time(i.EffectiveFrom, "item.effective_from"), HsCode = i.HsCode,
            Name = i.Name, Specification = i.Specification, DeclaredUnit = i.DeclaredUnit,
            LegalUnits = i.LegalUnits.Select((u, n) => new LegalUnitView(u.Unit, BondedFields.Decimal(u.Factor, $"item.legal_units[{n}].factor"))).ToList(),
            Currency = i.Currency, DeclaredUnitPrice = BondedFields.Decimal(i.DeclaredUnitPrice, "item.declared_unit_price"), Origin = BondedFields.Optional(i.Origin),
            ImportDutyRatePercent = BondedFields.DecimalOrZero(i.ImportDutyRatePercent, "item.import_duty_rate_percent"),
            VatRatePercent = BondedFields.DecimalOrZero(i.VatRatePercent, "item.vat_rate_percent"),
        }, BondedCaller.Of(context)));
    }

    [AllowedRoles(Role.Manager, Role.Admin)]
    public override Task<MasterDataChangeReply> DeclareMapping(DeclareMappingRequest request, ServerCallContext context)
    {
        var book = Book(request.Book);
        var m = request.Mapping ?? throw ApiErrors.InvalidArgument("mapping", "is required");
        return Change(book.DeclareMapping(new Contracts.Bonded.MasterData.PartMapping
        {
            Part = m.Part, Item = m.Item, StockUnit = m.StockUnit, Factor = BondedFields.Decimal(m.Factor, "mapping.factor"),
            EffectiveFrom = BondedFields.Time(m.EffectiveFrom, "mapping.effective_from"),
            EffectiveUntil = BondedFields.OptionalTime(m.EffectiveUntil, "mapping.effective_until"),
        }, BondedCaller.Of(context)));
    }

    [AllowedRoles(Role.Manager, Role.Admin)]
    public override Task<MasterDataChangeReply> DeclareNormVersion(DeclareNormVersionRequest request, ServerCallContext context)
    {
        var book = Book(request.Book);
        var lines = request.Lines.Select((n, i) => new Contracts.Bonded.MasterData.NormLine
        {
            Product = n.Product, Material = n.Material, Version = n.Version, Net = BondedFields.Decimal(n.Net, $"lines[{i}].net"),
            TangibleLossPercent = BondedFields.DecimalOrZero(n.TangibleLossPercent, $"lines[{i}].tangible_loss_percent"),
            IntangibleLossPercent = BondedFields.DecimalOrZero(n.IntangibleLossPercent, $"lines[{i}].intangible_loss_percent"),
            BondedSharePercent = BondedFields.Decimal(n.BondedSharePercent, $"lines[{i}].bonded_share_percent"),
            EffectiveFrom = BondedFields.Time(n.EffectiveFrom, $"lines[{i}].effective_from"),
            EffectiveUntil = BondedFields.OptionalTime(n.EffectiveUntil, $"lines[{i}].effective_until"),
        }).ToList();
        return Change(book.DeclareNormVersion(lines, BondedCaller.Of(context)));
    }

    /// <summary>A refused change is INVALID_ARGUMENT with one field violation per problem (file, row and field in the layout).</summary>
    private static async Task<MasterDataChangeReply> Change(Task<MasterDataChange> change)
    {
        var result = await change;
        if (result.Refusal is { } refusal)
        {
            throw BondedErrors.Of(refusal);
        }

        if (result.ChangeCount is not { } count)
        {
            throw BondedErrors.MasterData(result.Problems);
        }

        return new MasterDataChangeReply { ChangeCount = count };
    }
}
