namespace Mes.PlcSimulator.Engine;

/// <summary>Simulated time is counted in <see cref="TimeSpan"/> ticks (100 ns) since the start.</summary>
internal static class Ticks
{
    public static long FromSeconds(double seconds) => (long)Math.Round(seconds * TimeSpan.TicksPerSecond);

    public static double ToSeconds(long ticks) => ticks / (double)TimeSpan.TicksPerSecond;
}
