namespace Mes.Contracts.Bonded.Postings;

/// <summary>Goods carried over to another bonded enterprise on a carry-over list.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.ship-carry-over")]
public sealed record ShipCarryOverPosting : OutboundPosting
{
    /// <summary>The receiving enterprise and its book.</summary>
    [Id(0)] public required CounterpartyRef To { get; init; }
}
