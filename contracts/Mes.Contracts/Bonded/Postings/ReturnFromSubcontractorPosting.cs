namespace Mes.Contracts.Bonded.Postings;

/// <summary>Goods of a lot come back from outward processing.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.return-from-subcontractor")]
public sealed record ReturnFromSubcontractorPosting : BondedPosting
{
    /// <summary>The lot.</summary>
    [Id(0)] public required string Lot { get; init; }

    /// <summary>The quantity in the lot's stock unit.</summary>
    [Id(1)] public required decimal StockQuantity { get; init; }

    /// <summary>The subcontractor.</summary>
    [Id(2)] public required CounterpartyRef Subcontractor { get; init; }
}
