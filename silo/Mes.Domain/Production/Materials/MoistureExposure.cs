namespace Mes.Domain.Production.Materials;

/// <summary>
/// How long a moisture-sensitive lot has been out of dry storage. The clock runs while the lot is open,
/// pauses while it is sealed in dry storage, and a bake resets it (J-STD-033 §4). Time is passed in.
/// </summary>
/// <param name="Level">The component's MSD level.</param>
/// <param name="LabelFloorLife">For level 6 only: the floor life printed on the label.</param>
/// <param name="ExposedBefore">Exposure accumulated during earlier openings.</param>
/// <param name="OpenedAt">When the lot was last opened, or null while it is in dry storage.</param>
/// <param name="BakedAt">When the lot was last baked, or null if never.</param>
public sealed record MoistureExposure(
    MsdLevel Level,
    TimeSpan? LabelFloorLife = null,
    TimeSpan ExposedBefore = default,
    DateTimeOffset? OpenedAt = null,
    DateTimeOffset? BakedAt = null)
{
    /// <summary>The floor life for this level; null means unlimited.</summary>
    public TimeSpan? FloorLife => Level.FloorLife(LabelFloorLife);

    /// <summary>Total time out of dry storage since the last bake, as of <paramref name="at"/>.</summary>
    public TimeSpan Exposure(DateTimeOffset at) =>
        ExposedBefore + (OpenedAt is { } opened && at > opened ? at - opened : TimeSpan.Zero);

    /// <summary>Floor life left as of <paramref name="at"/> (never below zero); null means unlimited.</summary>
    public TimeSpan? Remaining(DateTimeOffset at)
    {
        if (FloorLife is not { } floorLife)
        {
            return null;
        }

        if (Level == MsdLevel.Level6 && BakedAt is null)
        {
            return TimeSpan.Zero;
        }

        var left = floorLife - Exposure(at);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>True once the floor life is used up (level 6: also before its mandatory first bake).</summary>
    public bool IsExpired(DateTimeOffset at) => Remaining(at) is { } left && left <= TimeSpan.Zero;

    /// <summary>Takes the lot out of dry storage; opening an open lot changes nothing.</summary>
    public MoistureExposure Open(DateTimeOffset at) => OpenedAt is null ? this with { OpenedAt = at } : this;

    /// <summary>Puts the lot back into dry storage: the exposure so far is kept, the clock stops.</summary>
    public MoistureExposure Seal(DateTimeOffset at) =>
        OpenedAt is null ? this : this with { ExposedBefore = Exposure(at), OpenedAt = null };

    /// <summary>A bake dries the parts: exposure restarts at zero and the lot counts as sealed.</summary>
    public MoistureExposure Bake(DateTimeOffset at) =>
        this with { ExposedBefore = TimeSpan.Zero, OpenedAt = null, BakedAt = at };
}
