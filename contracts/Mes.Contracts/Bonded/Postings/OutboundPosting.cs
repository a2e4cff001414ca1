namespace Mes.Contracts.Bonded.Postings;

/// <summary>Goods of a part leave the stock on site: from <see cref="PreferredLots"/> first, then the oldest lots.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.outbound-posting")]
public abstract record OutboundPosting : BondedPosting
{
    /// <summary>The part.</summary>
    [Id(0)] public required string Part { get; init; }

    /// <summary>The quantity in the part's stock unit.</summary>
    [Id(1)] public required decimal StockQuantity { get; init; }

    /// <summary><c>Bonded</c> or <c>NonBonded</c> stock.</summary>
    [Id(2)] public string Status { get; init; } = "Bonded";

    /// <summary>Lots to take first.</summary>
    [Id(3)] public IReadOnlyList<string> PreferredLots { get; init; } = [];

    /// <summary>The declared value of the whole movement.</summary>
    [Id(4)] public MoneyAmount? Value { get; init; }
}
