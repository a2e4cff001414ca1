namespace Mes.Contracts.Bonded.Postings;

/// <summary>Materials or finished goods sold into the domestic market, with the duty basis.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.sell-domestically")]
public sealed record SellDomesticallyPosting : OutboundPosting
{
    /// <summary>What the sale is taxed as and the dutiable value.</summary>
    [Id(0)] public required DutyBasisRef Duty { get; init; }
}
