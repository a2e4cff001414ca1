namespace Mes.Contracts.Bonded.Postings;

/// <summary>Goods of a part arrive in a lot.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.receipt-posting")]
public abstract record ReceiptPosting : BondedPosting
{
    /// <summary>The lot the goods go into.</summary>
    [Id(0)] public required string Lot { get; init; }

    /// <summary>The part received.</summary>
    [Id(1)] public required string Part { get; init; }

    /// <summary>The quantity in the part's stock unit.</summary>
    [Id(2)] public required decimal StockQuantity { get; init; }

    /// <summary>The declared value of the line.</summary>
    [Id(3)] public MoneyAmount? Value { get; init; }

    /// <summary>The country of origin (three-digit code); the item's filed origin when absent.</summary>
    [Id(4)] public string? Origin { get; init; }
}
