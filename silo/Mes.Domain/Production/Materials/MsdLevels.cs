namespace Mes.Domain.Production.Materials;

/// <summary>The J-STD-033 floor-life table and the labels the standard prints ("1", "2a", …).</summary>
public static class MsdLevels
{
    private static readonly (MsdLevel Level, string Label)[] Labels =
    [
        (MsdLevel.Level1, "1"), (MsdLevel.Level2, "2"), (MsdLevel.Level2a, "2a"), (MsdLevel.Level3, "3"),
        (MsdLevel.Level4, "4"), (MsdLevel.Level5, "5"), (MsdLevel.Level5a, "5a"), (MsdLevel.Level6, "6"),
    ];

    /// <summary>The labels accepted by <see cref="TryParse"/>, for error messages.</summary>
    public static string AcceptedLabels => string.Join(", ", Labels.Select(l => l.Label));

    /// <summary>The label as printed on a moisture barrier bag, e.g. "2a".</summary>
    public static string Label(this MsdLevel level) => Labels.First(l => l.Level == level).Label;

    /// <summary>Parses a label ("1", "2a", "5A"); false for anything else.</summary>
    public static bool TryParse(string? text, out MsdLevel level)
    {
        foreach (var (candidate, label) in Labels)
        {
            if (string.Equals(label, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }

    /// <summary>
    /// Floor life out of dry storage at ≤ 30 °C / 60 % RH (J-STD-033 table 5-1); null means unlimited.
    /// Level 6 has no fixed figure: the label states it, so <paramref name="labelFloorLife"/> is used.
    /// </summary>
    public static TimeSpan? FloorLife(this MsdLevel level, TimeSpan? labelFloorLife = null) => level switch
    {
        MsdLevel.Level1 => null,
        MsdLevel.Level2 => TimeSpan.FromDays(365),
        MsdLevel.Level2a => TimeSpan.FromDays(28),
        MsdLevel.Level3 => TimeSpan.FromHours(168),
        MsdLevel.Level4 => TimeSpan.FromHours(72),
        MsdLevel.Level5 => TimeSpan.FromHours(48),
        MsdLevel.Level5a => TimeSpan.FromHours(24),
        MsdLevel.Level6 => labelFloorLife ?? TimeSpan.Zero,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "not an MSD level"),
    };
}
