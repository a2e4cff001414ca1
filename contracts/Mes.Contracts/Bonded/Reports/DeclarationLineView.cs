namespace Mes.Contracts.Bonded.Reports;

/// <summary>One draft line of an inventory verification list (docs/bonded/declaration-lines.md).</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.declaration-line")]
public sealed record DeclarationLineView
{
    /// <summary>Line number in the draft, from 1.</summary>
    [Id(0)] public required int LineNo { get; init; }
    /// <summary><c>Export</c>, <c>DomesticSale</c> or <c>CarryOverOut</c>.</summary>
    [Id(1)] public required string Movement { get; init; }
    /// <summary>The item, <c>I1</c> or <c>E1</c>.</summary>
    [Id(2)] public required string Item { get; init; }
    /// <summary><c>Bonded</c> or <c>NonBonded</c>.</summary>
    [Id(3)] public required string Status { get; init; }
    /// <summary>The part number.</summary>
    [Id(4)] public required string Part { get; init; }
    /// <summary>The ten-digit tariff code.</summary>
    [Id(5)] public required string HsCode { get; init; }
    /// <summary>The customs name.</summary>
    [Id(6)] public required string Name { get; init; }
    /// <summary>The specification and model.</summary>
    [Id(7)] public required string Specification { get; init; }
    /// <summary>The declared unit (three-digit customs code); balances are kept in it.</summary>
    [Id(8)] public required string DeclaredUnit { get; init; }
    /// <summary>The declared quantity.</summary>
    [Id(9)] public required decimal DeclaredQuantity { get; init; }
    /// <summary>The first legal quantity = declared quantity × factor.</summary>
    [Id(10)] public required LegalQuantityView FirstLegal { get; init; }
    /// <summary>The second legal quantity, if the tariff line has one.</summary>
    [Id(11)] public LegalQuantityView? SecondLegal { get; init; }
    /// <summary>Unit price, at most four decimals.</summary>
    [Id(12)] public required decimal UnitPrice { get; init; }
    /// <summary>Total amount, at most two decimals.</summary>
    [Id(13)] public required decimal TotalAmount { get; init; }
    /// <summary>The currency (three-digit customs code).</summary>
    [Id(14)] public required string Currency { get; init; }
    /// <summary>The country of origin (three-digit customs code).</summary>
    [Id(15)] public string? Origin { get; init; }
    /// <summary>The norm version of finished goods.</summary>
    [Id(16)] public int? NormVersion { get; init; }
}
