using System.Collections.Concurrent;
using Grpc.Core;

namespace Mes.Bench.Load.Calls;

/// <summary>
/// What happened to the calls of one kind (scans, postings): the latency of every acknowledged call, from its first
/// attempt to the answer (retries included, as the user waits for them), the retries by status, and the calls given up.
/// Safe to share between concurrent callers.
/// </summary>
public sealed class CallLog(string name)
{
    private readonly ConcurrentQueue<double> _latencies = new();
    private readonly ConcurrentDictionary<StatusCode, int> _retries = new();
    private readonly ConcurrentQueue<string> _failures = new();

    /// <summary>What the calls are: "scan", "posting".</summary>
    public string Name { get; } = name;

    /// <summary>The calls given up on, with their status and message.</summary>
    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Retries by the status that caused them.</summary>
    public IReadOnlyDictionary<StatusCode, int> Retries => _retries;

    internal void Acknowledged(TimeSpan latency) => _latencies.Enqueue(latency.TotalMilliseconds);

    internal void Retried(StatusCode status) => _retries.AddOrUpdate(status, 1, (_, n) => n + 1);

    internal void Failed(string failure) => _failures.Enqueue(failure);

    /// <summary>Throughput and latency percentiles over <paramref name="window"/>.</summary>
    public LatencySummary Summarize(TimeSpan window) => LatencySummary.Of(Name, [.. _latencies], window, _retries.Values.Sum(), _failures.Count);
}
