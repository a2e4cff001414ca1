namespace Mes.Silo.Storage.Production;

/// <summary>How the raw telemetry history is written (configuration section <c>Telemetry</c>).</summary>
public sealed class TelemetryHistoryOptions
{
    /// <summary>Values queued at most; when full, workstations wait for the writer (nothing is dropped).</summary>
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>Write as soon as this many values are queued.</summary>
    public int FlushRows { get; set; } = 5_000;

    /// <summary>Write at the latest this long after the first value of a batch was queued.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Attempts per write before the rows are given up (logged as an error with their count).</summary>
    public int WriteAttempts { get; set; } = 3;
}
