namespace Mes.Contracts.Bonded.Postings;

/// <summary>The counted quantities of a stock-take, against the count sheet among the documents. Moves no balance.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.record-stock-take-count")]
public sealed record RecordStockTakeCountPosting : BondedPosting
{
    /// <summary>The counted lines.</summary>
    [Id(0)] public required IReadOnlyList<StockTakeCount> Lines { get; init; }
}
