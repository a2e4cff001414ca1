namespace Mes.OpcUa.Bench;

/// <summary>What one side did in a measured window: data changes handled, CPU and wall time, bytes allocated (ours only).</summary>
internal sealed record BenchResult(long Changes, double CpuSeconds, double WallSeconds, long? AllocatedBytes)
{
    public double ChangesPerCpuSecond => CpuSeconds > 0 ? Changes / CpuSeconds : double.PositiveInfinity;

    public double ChangesPerSecond => Changes / WallSeconds;

    public double CoreShare => CpuSeconds / WallSeconds;

    public double? BytesPerChange => AllocatedBytes is { } bytes && Changes > 0 ? (double)bytes / Changes : null;
}
