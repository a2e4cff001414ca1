using Mes.Contracts.Bonded.MasterData;
using Mes.Domain.Bonded.MasterData;

namespace Mes.Grains.Bonded.Translation;

/// <summary>Filed master data as contract messages.</summary>
internal static class MasterDataViews
{
    public static MasterDataView Of(AccountBookMasterData master, int changeCount) => new(
        Header(master.Book),
        changeCount,
        master.Items.Select(Item).ToList(),
        master.Mappings.Select(m => new PartMapping
        {
            Part = m.Part.Value,
            Item = m.Item.ToString(),
            StockUnit = m.StockUnit.Value,
            Factor = m.Factor,
            EffectiveFrom = m.EffectiveFrom,
            EffectiveUntil = m.EffectiveUntil,
        }).ToList(),
        master.Norms.Select(n => new NormLine
        {
            Product = n.Product.ToString(),
            Material = n.Material.ToString(),
            Version = n.Version,
            Net = n.Net,
            TangibleLossPercent = n.TangibleLossPercent,
            IntangibleLossPercent = n.IntangibleLossPercent,
            BondedSharePercent = n.BondedSharePercent,
            EffectiveFrom = n.EffectiveFrom,
            EffectiveUntil = n.EffectiveUntil,
            Gross = n.Gross,
        }).ToList());

    private static BookHeaderView Header(AccountBook book) => new()
    {
        BookNo = book.No.Value,
        Type = book.Type.ToString(),
        CustomsOffice = book.CustomsOffice.Value,
        OperatingEnterprise = Enterprise(book.OperatingEnterprise),
        ProcessingEnterprise = Enterprise(book.ProcessingEnterprise),
        WriteOffCycleStart = book.WriteOffCycle.FirstStart,
        WriteOffCycleMonths = book.WriteOffCycle.Months,
        ValidUntil = book.ValidUntil,
        QuantityDecimals = book.Precision.QuantityDecimals,
        UnitPriceDecimals = book.Precision.UnitPriceDecimals,
        AmountDecimals = book.Precision.AmountDecimals,
    };

    private static EnterpriseView Enterprise(Enterprise e) => new(e.Name, e.CreditCode.Value, e.CustomsCode.Value);

    private static ItemVersion Item(BondedItem i) => new()
    {
        ItemNo = i.No.ToString(),
        Version = i.Version,
        EffectiveFrom = i.EffectiveFrom,
        HsCode = i.HsCode.Value,
        Name = i.Name,
        Specification = i.Specification,
        DeclaredUnit = i.DeclaredUnit.Value,
        LegalUnits = new[] { i.FirstLegalUnit, i.SecondLegalUnit }.OfType<Domain.Bonded.Quantities.LegalUnit>()
            .Select(u => new LegalUnitView(u.Unit.Value, u.FactorPerDeclaredUnit)).ToList(),
        Currency = i.Currency.Value,
        DeclaredUnitPrice = i.DeclaredUnitPrice,
        Origin = i.Origin?.Value,
        ImportDutyRatePercent = i.ImportDutyRatePercent,
        VatRatePercent = i.VatRatePercent,
        QuantityDecimals = i.Precision.QuantityDecimals,
        UnitPriceDecimals = i.Precision.UnitPriceDecimals,
        AmountDecimals = i.Precision.AmountDecimals,
    };
}
