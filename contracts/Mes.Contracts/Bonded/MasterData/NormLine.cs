namespace Mes.Contracts.Bonded.MasterData;

/// <summary>One line of a unit-consumption norm version: how much of a material one unit of a product consumes.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.norm-line")]
public sealed record NormLine
{
    /// <summary>The finished good (E item).</summary>
    [Id(0)] public required string Product { get; init; }
    /// <summary>The material (I item).</summary>
    [Id(1)] public required string Material { get; init; }
    /// <summary>The version: 1, then one more per declared change.</summary>
    [Id(2)] public required int Version { get; init; }
    /// <summary>Net consumption per unit of product.</summary>
    [Id(3)] public required decimal Net { get; init; }
    /// <summary>Tangible loss in percent (can come back as scrap).</summary>
    [Id(4)] public required decimal TangibleLossPercent { get; init; }
    /// <summary>Intangible loss in percent.</summary>
    [Id(5)] public required decimal IntangibleLossPercent { get; init; }
    /// <summary>The bonded share of the material in percent.</summary>
    [Id(6)] public required decimal BondedSharePercent { get; init; }
    /// <summary>When it takes effect.</summary>
    [Id(7)] public required DateTimeOffset EffectiveFrom { get; init; }
    /// <summary>The end, when the mapping ends without a successor.</summary>
    [Id(8)] public DateTimeOffset? EffectiveUntil { get; init; }

    /// <summary>Gross unit consumption, net / (1 − loss% / 100); ignored in a declaration.</summary>
    [Id(9)] public decimal Gross { get; init; }
}
