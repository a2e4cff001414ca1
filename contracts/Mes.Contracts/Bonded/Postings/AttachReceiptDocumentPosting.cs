namespace Mes.Contracts.Bonded.Postings;

/// <summary>The inventory-list line of a lot in suspense has arrived: its suspense quantity moves onto the book.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.attach-receipt-document")]
public sealed record AttachReceiptDocumentPosting : BondedPosting
{
    /// <summary>The lot in suspense.</summary>
    [Id(0)] public required string Lot { get; init; }

    /// <summary>The declared value of the line.</summary>
    [Id(1)] public MoneyAmount? Value { get; init; }

    /// <summary>The origin, if the receipt did not know it.</summary>
    [Id(2)] public string? Origin { get; init; }
}
