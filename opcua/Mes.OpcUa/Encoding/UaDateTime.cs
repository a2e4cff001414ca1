namespace Mes.OpcUa.Encoding;

/// <summary>
/// The UA Binary DateTime: 100 ns ticks since 1601-01-01 UTC. Instants at or before 1601 encode as 0 and the
/// largest instants as <see cref="long.MaxValue"/> (Part 6 §5.2.2.5).
/// </summary>
public static class UaDateTime
{
    private static readonly long EpochTicks = new DateTime(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly long MaxWireTicks = DateTime.MaxValue.Ticks - EpochTicks;

    /// <summary>The wire value of an instant.</summary>
    public static long ToWire(DateTime value)
    {
        var ticks = value.Ticks;
        if (ticks <= EpochTicks) return 0;
        var wire = ticks - EpochTicks;
        return wire >= MaxWireTicks ? long.MaxValue : wire;
    }

    /// <summary>The instant of a wire value; 0 and below give <see cref="DateTime.MinValue"/>, the maximum gives <see cref="DateTime.MaxValue"/>.</summary>
    public static DateTime FromWire(long wire)
    {
        if (wire <= 0) return DateTime.MinValue;
        if (wire >= MaxWireTicks) return DateTime.MaxValue;
        return new DateTime(wire + EpochTicks, DateTimeKind.Utc);
    }
}
