namespace Mes.Contracts.Bonded.MasterData;

/// <summary>One version of an account-book item (项号), as read and as declared. Fields as in samples/bonded/README.md.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.item-version")]
public sealed record ItemVersion
{
    /// <summary>The item, <c>I&lt;n&gt;</c> (material) or <c>E&lt;n&gt;</c> (finished good).</summary>
    [Id(0)] public required string ItemNo { get; init; }
    /// <summary>The version: 1, then one more per declared change.</summary>
    [Id(1)] public required int Version { get; init; }
    /// <summary>When it takes effect.</summary>
    [Id(2)] public required DateTimeOffset EffectiveFrom { get; init; }
    /// <summary>The ten-digit tariff code.</summary>
    [Id(3)] public required string HsCode { get; init; }
    /// <summary>The customs name.</summary>
    [Id(4)] public required string Name { get; init; }
    /// <summary>The specification and model.</summary>
    [Id(5)] public required string Specification { get; init; }
    /// <summary>The declared unit (three-digit customs code); balances are kept in it.</summary>
    [Id(6)] public required string DeclaredUnit { get; init; }
    /// <summary>One or two legal units with their factors.</summary>
    [Id(7)] public required IReadOnlyList<LegalUnitView> LegalUnits { get; init; }
    /// <summary>The currency (three-digit customs code).</summary>
    [Id(8)] public required string Currency { get; init; }
    /// <summary>The filed unit price per declared unit.</summary>
    [Id(9)] public required decimal DeclaredUnitPrice { get; init; }
    /// <summary>The country of origin (three-digit customs code).</summary>
    [Id(10)] public string? Origin { get; init; }
    /// <summary>The import duty rate, for the exposure of a shortage.</summary>
    [Id(11)] public decimal ImportDutyRatePercent { get; init; }
    /// <summary>The import VAT rate, for the exposure of a shortage.</summary>
    [Id(12)] public decimal VatRatePercent { get; init; }

    /// <summary>Quantity decimals; the book's when null.</summary>
    [Id(13)] public int? QuantityDecimals { get; init; }
    /// <summary>Decimals of a declared unit price.</summary>
    [Id(14)] public int? UnitPriceDecimals { get; init; }
    /// <summary>Decimals of a declared amount.</summary>
    [Id(15)] public int? AmountDecimals { get; init; }
}
