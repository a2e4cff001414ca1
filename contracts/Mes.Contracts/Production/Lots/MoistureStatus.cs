namespace Mes.Contracts.Production.Lots;

/// <summary>A lot's moisture sensitivity and floor life (J-STD-033) as of <see cref="AsOf"/>.</summary>
/// <param name="MsdLevel">The level as labelled: <c>1</c>, <c>2</c>, <c>2a</c>, <c>3</c>, <c>4</c>, <c>5</c>,
/// <c>5a</c> or <c>6</c>.</param>
/// <param name="ExposedBefore">Exposure accumulated during earlier openings.</param>
/// <param name="OpenedAt">When last opened, null while in dry storage.</param>
/// <param name="BakedAt">When last baked, or null.</param>
/// <param name="LabelFloorLife">Level 6: the label's floor life.</param>
/// <param name="Remaining">Floor life left as of <paramref name="AsOf"/>; null means unlimited.</param>
/// <param name="Expired">True once the floor life is used up: the lot must be baked before use.</param>
/// <param name="AsOf">When <paramref name="Remaining"/> was computed (UTC).</param>
[GenerateSerializer, Immutable, Alias("mes.production.moisture-status")]
public sealed record MoistureStatus(
    [property: Id(0)] string MsdLevel,
    [property: Id(1)] TimeSpan ExposedBefore,
    [property: Id(2)] DateTimeOffset? OpenedAt,
    [property: Id(3)] DateTimeOffset? BakedAt,
    [property: Id(4)] TimeSpan? LabelFloorLife,
    [property: Id(5)] TimeSpan? Remaining,
    [property: Id(6)] bool Expired,
    [property: Id(7)] DateTimeOffset AsOf);
