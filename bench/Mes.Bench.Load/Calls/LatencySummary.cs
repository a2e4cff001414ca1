namespace Mes.Bench.Load.Calls;

/// <summary>Acknowledged calls per second and their latency percentiles (milliseconds) over a measured window.</summary>
public sealed record LatencySummary(string Name, int Calls, double Seconds, double PerSecond, double P50, double P95, double P99, double Max, int Retries, int Failures)
{
    /// <summary>Summarises latencies measured over <paramref name="window"/>.</summary>
    public static LatencySummary Of(string name, IReadOnlyList<double> latencies, TimeSpan window, int retries, int failures)
    {
        var sorted = latencies.Order().ToArray();
        return new LatencySummary(name, sorted.Length, window.TotalSeconds, sorted.Length / window.TotalSeconds,
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length == 0 ? double.NaN : sorted[^1],
            retries, failures);
    }

    // Nearest rank: the smallest latency at or below which p of the calls fall.
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
