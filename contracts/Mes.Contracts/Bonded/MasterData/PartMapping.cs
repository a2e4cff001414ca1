namespace Mes.Contracts.Bonded.MasterData;

/// <summary>From <see cref="EffectiveFrom"/> a part is booked on an item, one stock unit counting as <see cref="Factor"/> declared units.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.part-mapping")]
public sealed record PartMapping
{
    /// <summary>The part number.</summary>
    [Id(0)] public required string Part { get; init; }
    /// <summary>The item, <c>I1</c> or <c>E1</c>.</summary>
    [Id(1)] public required string Item { get; init; }
    /// <summary>The part's stock unit.</summary>
    [Id(2)] public required string StockUnit { get; init; }
    /// <summary>Declared units per stock unit.</summary>
    [Id(3)] public required decimal Factor { get; init; }
    /// <summary>When it takes effect.</summary>
    [Id(4)] public required DateTimeOffset EffectiveFrom { get; init; }
    /// <summary>The end, when the mapping ends without a successor.</summary>
    [Id(5)] public DateTimeOffset? EffectiveUntil { get; init; }
}
