namespace Mes.Contracts.Bonded.Postings;

/// <summary>Goods leave the books by domestic sale, return abroad or destruction.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.disposal-posting")]
public abstract record DisposalPosting : BondedPosting
{
    /// <summary>The quantity in the stock unit.</summary>
    [Id(0)] public required decimal StockQuantity { get; init; }

    /// <summary><c>DomesticSale</c>, <c>ReturnAbroad</c> or <c>Destruction</c>.</summary>
    [Id(1)] public required string Mode { get; init; }

    /// <summary>The duty basis; required for a domestic sale.</summary>
    [Id(2)] public DutyBasisRef? Duty { get; init; }

    /// <summary>The declared value.</summary>
    [Id(3)] public MoneyAmount? Value { get; init; }
}
