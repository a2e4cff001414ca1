namespace Mes.Contracts.Bonded.MasterData;

/// <summary>The header of an account book.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.book-header")]
public sealed record BookHeaderView
{
    /// <summary>The filing number (备案编号).</summary>
    [Id(0)] public required string BookNo { get; init; }
    /// <summary><c>ZoneProcessing</c>, <c>ZoneLogistics</c> or <c>ProcessingTrade</c>.</summary>
    [Id(1)] public required string Type { get; init; }
    /// <summary>The supervising customs office (four digits).</summary>
    [Id(2)] public required string CustomsOffice { get; init; }
    /// <summary>The operating enterprise (经营企业).</summary>
    [Id(3)] public required EnterpriseView OperatingEnterprise { get; init; }
    /// <summary>The processing enterprise (加工企业).</summary>
    [Id(4)] public required EnterpriseView ProcessingEnterprise { get; init; }
    /// <summary>The start of the first write-off cycle.</summary>
    [Id(5)] public required DateTimeOffset WriteOffCycleStart { get; init; }
    /// <summary>The length of a write-off cycle in months.</summary>
    [Id(6)] public required int WriteOffCycleMonths { get; init; }
    /// <summary>The end of the book's validity, if filed.</summary>
    [Id(7)] public DateTimeOffset? ValidUntil { get; init; }
    /// <summary>Decimals of declared and legal quantities.</summary>
    [Id(8)] public required int QuantityDecimals { get; init; }
    /// <summary>Decimals of a declared unit price.</summary>
    [Id(9)] public required int UnitPriceDecimals { get; init; }
    /// <summary>Decimals of a declared amount.</summary>
    [Id(10)] public required int AmountDecimals { get; init; }
}
