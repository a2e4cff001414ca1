using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.MasterData;

/// <summary>
/// One version of an account-book line (项号): a material (I) or finished good (E) with its tariff code,
/// customs name, units and price. A change is a new version effective from a later time, never an edit.
/// </summary>
public sealed record BondedItem
{
    /// <summary>The line (table and filed sequence number).</summary>
    public required ItemNo No { get; init; }

    /// <summary>The version, 1 for the filing and one more for each declared change.</summary>
    public required int Version { get; init; }

    /// <summary>When this version takes effect; it stays in force until the next version.</summary>
    public required DateTimeOffset EffectiveFrom { get; init; }

    /// <summary>The ten-digit tariff code (商品编码).</summary>
    public required HsCode HsCode { get; init; }

    /// <summary>The customs name of the goods (商品名称).</summary>
    public required string Name { get; init; }

    /// <summary>The specification and model (规格型号).</summary>
    public required string Specification { get; init; }

    /// <summary>The declared unit (申报计量单位), the unit the book's balances are kept in.</summary>
    public required UnitOfMeasure DeclaredUnit { get; init; }

    /// <summary>The first legal unit with its factor per declared unit.</summary>
    public required LegalUnit FirstLegalUnit { get; init; }

    /// <summary>The second legal unit with its factor, when the tariff line has one.</summary>
    public LegalUnit? SecondLegalUnit { get; init; }

    /// <summary>The declared currency (申报币制).</summary>
    public required CurrencyCode Currency { get; init; }

    /// <summary>The filed unit price per declared unit (申报单价), used where a movement carries no value.</summary>
    public required decimal DeclaredUnitPrice { get; init; }

    /// <summary>The country of origin filed for the line; receipts record the origin of each lot.</summary>
    public CountryCode? Origin { get; init; }

    /// <summary>The import duty rate in percent, for estimating the duty exposure of a shortage.</summary>
    public decimal ImportDutyRatePercent { get; init; }

    /// <summary>The import VAT rate in percent, for estimating the duty exposure of a shortage.</summary>
    public decimal VatRatePercent { get; init; }

    /// <summary>The declared precision of this line.</summary>
    public DeclaredPrecision Precision { get; init; } = DeclaredPrecision.Customs;

    /// <summary>
    /// The quantities of a movement counted in stock units: declared = stock × factor and legal = declared ×
    /// legal factor, each rounded to the declared precision.
    /// </summary>
    public EntryQuantities FromStock(decimal stockQuantity, UnitOfMeasure stockUnit, decimal factor) =>
        Build(stockQuantity, stockUnit, factor, Precision.Quantity(stockQuantity * factor));

    /// <summary>
    /// The quantities of a movement computed in declared units (a consumption by norm): stock = declared ÷ factor,
    /// rounded to the declared precision.
    /// </summary>
    public EntryQuantities FromDeclared(decimal declaredQuantity, UnitOfMeasure stockUnit, decimal factor) =>
        Build(Precision.Quantity(declaredQuantity / factor), stockUnit, factor, Precision.Quantity(declaredQuantity));

    private EntryQuantities Build(decimal stock, UnitOfMeasure stockUnit, decimal factor, decimal declared) =>
        new(new Quantity(stock, stockUnit), factor, new Quantity(declared, DeclaredUnit),
            Legal(declared, FirstLegalUnit),
            SecondLegalUnit is { } second ? Legal(declared, second) : null);

    private LegalQuantity Legal(decimal declared, LegalUnit unit) =>
        new(Precision.Quantity(declared * unit.FactorPerDeclaredUnit), unit.Unit, unit.FactorPerDeclaredUnit);
}
