using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Declarations;

/// <summary>
/// One draft line of an inventory verification list (保税核注清单表体), built from the ledger. The layout and
/// the customs field each value goes to are described in docs/bonded/declaration-lines.md.
/// </summary>
public sealed record DeclarationLine
{
    /// <summary>Line number in the draft, from 1 (商品序号 <c>GdsSeqno</c>).</summary>
    public required int LineNo { get; init; }

    /// <summary>The movement: export, domestic sale or carry-over out.</summary>
    public required EntryKind Movement { get; init; }

    /// <summary>The item (table and filed sequence, <c>MtpckEndprdMarkcd</c> + <c>PutrecSeqno</c>).</summary>
    public required ItemNo Item { get; init; }

    /// <summary>Bonded or non-bonded stock.</summary>
    public required BondedStatus Status { get; init; }

    /// <summary>Part number (商品料号 <c>GdsMtno</c>).</summary>
    public required PartNo Part { get; init; }

    /// <summary>Tariff code (<c>Gdecd</c>).</summary>
    public required HsCode HsCode { get; init; }

    /// <summary>Customs name (<c>GdsNm</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Specification and model (<c>GdsSpcfModelDesc</c>).</summary>
    public required string Specification { get; init; }

    /// <summary>Declared unit (<c>DclUnitcd</c>).</summary>
    public required UnitOfMeasure DeclaredUnit { get; init; }

    /// <summary>Declared quantity (<c>DclQty</c>).</summary>
    public required decimal DeclaredQuantity { get; init; }

    /// <summary>First legal unit (<c>LawfUnitcd</c>).</summary>
    public required UnitOfMeasure FirstLegalUnit { get; init; }

    /// <summary>First legal quantity (<c>LawfQty</c>) = declared quantity × factor.</summary>
    public required decimal FirstLegalQuantity { get; init; }

    /// <summary>First legal units per declared unit (<c>FstSfVal</c>).</summary>
    public required decimal FirstLegalFactor { get; init; }

    /// <summary>Second legal unit (<c>SecdLawfUnitcd</c>), if the tariff line has one.</summary>
    public UnitOfMeasure? SecondLegalUnit { get; init; }

    /// <summary>Second legal quantity (<c>SecdLawfQty</c>).</summary>
    public decimal? SecondLegalQuantity { get; init; }

    /// <summary>Second legal units per declared unit (<c>SecdSfVal</c>).</summary>
    public decimal? SecondLegalFactor { get; init; }

    /// <summary>Unit price, four decimals (<c>DclUprcAmt</c>).</summary>
    public required decimal UnitPrice { get; init; }

    /// <summary>Total amount, two decimals (<c>DclTotalAmt</c>).</summary>
    public required decimal TotalAmount { get; init; }

    /// <summary>Currency (<c>DclCurrcd</c>).</summary>
    public required CurrencyCode Currency { get; init; }

    /// <summary>Country of origin (<c>Natcd</c>).</summary>
    public CountryCode? Origin { get; init; }

    /// <summary>Norm version of finished goods (<c>UcnsVerno</c>).</summary>
    public int? NormVersion { get; init; }
}
