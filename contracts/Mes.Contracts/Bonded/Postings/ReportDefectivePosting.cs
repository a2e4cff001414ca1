namespace Mes.Contracts.Bonded.Postings;

/// <summary>Goods of a lot found defective: they leave usable stock but stay on the book.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.report-defective")]
public sealed record ReportDefectivePosting : BondedPosting
{
    /// <summary>The lot.</summary>
    [Id(0)] public required string Lot { get; init; }

    /// <summary>The quantity in the lot's stock unit.</summary>
    [Id(1)] public required decimal StockQuantity { get; init; }

    /// <summary>The order the defectives arose in, if any.</summary>
    [Id(2)] public string? Order { get; init; }
}
