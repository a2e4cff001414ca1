namespace Mes.Contracts.Production.Lots;

/// <summary>The moisture exposure a lot brings with it (a reel returned from another line, a level-6 part).</summary>
/// <param name="ExposedBefore">Time already spent out of dry storage since the last bake.</param>
/// <param name="OpenedAt">When its bag was opened, if it is open now (UTC).</param>
/// <param name="BakedAt">When it was last baked, if ever (UTC).</param>
/// <param name="LabelFloorLife">For MSD level 6: the floor life printed on the label.</param>
[GenerateSerializer, Immutable, Alias("mes.production.moisture-at-receipt")]
public sealed record MoistureAtReceipt(
    [property: Id(0)] TimeSpan ExposedBefore,
    [property: Id(1)] DateTimeOffset? OpenedAt,
    [property: Id(2)] DateTimeOffset? BakedAt,
    [property: Id(3)] TimeSpan? LabelFloorLife);
