using System.Globalization;
using System.Text;
using Mes.Bench.Load.Calls;
using Mes.Bench.Load.Peers;

namespace Mes.Bench.Load;

/// <summary>Everything one run measured: written as JSON, printed as the markdown rows of docs/BENCHMARKS.md.</summary>
internal sealed record LoadReport(
    DateTimeOffset At, string Label, int Cores, int Silos, int Terminals, int Posters, int SimulatedLines, double SimulatorSpeed, double PaceMs,
    IReadOnlyList<PhaseResult> Phases, bool JournalIntact, long JournalEntries, PeerResults? Peers)
{
    public string Markdown()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"run '{Label}': {Silos} silo(s), {Terminals} terminals (pace {PaceMs:0} ms), {Posters} posters, {SimulatedLines} simulated lines at {SimulatorSpeed}x, {Cores} cores");
        text.AppendLine("| phase | scans/s | scan p50 / p95 / p99 ms | postings/s | posting p50 / p95 / p99 ms | telemetry values/s | CPU (share of one core) | retries / failures |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var phase in Phases)
        {
            text.AppendLine(c, $"| {phase.Name} | {Rate(phase.Scans)} | {Latency(phase.Scans)} | {Rate(phase.Postings)} | {Latency(phase.Postings)} | {phase.TelemetryValuesPerSecond:0} | {phase.CpuText()} | {(phase.Scans?.Retries ?? 0) + (phase.Postings?.Retries ?? 0)} / {(phase.Scans?.Failures ?? 0) + (phase.Postings?.Failures ?? 0)} |");
        }
        text.AppendLine(c, $"journal verified: {(JournalIntact ? "intact" : "BROKEN")} ({JournalEntries} entries)");
        if (Peers is { } peers)
        {
            text.AppendLine(c, $"pgbench simple-update ({peers.Pgbench.Clients} clients): {peers.Pgbench.Tps:0} TPS, latency avg {peers.Pgbench.LatencyAverageMs:0.0} ms — {peers.Pgbench.Command}");
            text.AppendLine(c, $"Orleans ping ({peers.Ping.Name}): {peers.Ping.PerSecond:0} calls/s, p50 / p95 / p99 {peers.Ping.P50:0.00} / {peers.Ping.P95:0.00} / {peers.Ping.P99:0.00} ms");
            if (peers.NodeOpcUa is { } node)
            {
                text.AppendLine(c, $"node-opcua on the same {node.Items} nodes: {node.ChangesPerSecond:0} changes/s, {node.CpuSeconds / node.WallSeconds:P1} of a core");
            }
        }
        return text.ToString();
    }

    private static string Rate(LatencySummary? s) => s is null ? "" : s.PerSecond.ToString("0", CultureInfo.InvariantCulture);

    private static string Latency(LatencySummary? s) =>
        s is null || s.Calls == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{s.P50:0.0} / {s.P95:0.0} / {s.P99:0.0}");
}

/// <summary>One measured phase: its scans, postings, the telemetry values stored per second, and CPU per process.</summary>
internal sealed record PhaseResult(string Name, LatencySummary? Scans, LatencySummary? Postings, double TelemetryValuesPerSecond,
    IReadOnlyDictionary<string, double> CoreShare, IReadOnlyList<string> SomeFailures)
{
    public string CpuText() => string.Join(", ", CoreShare.Where(s => s.Value >= 0.005).OrderByDescending(s => s.Value)
        .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:0.00}")));

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"  {Name}: scans {Scans?.PerSecond:0}/s p99 {Scans?.P99:0.0} ms; postings {Postings?.PerSecond:0}/s p99 {Postings?.P99:0.0} ms; telemetry {TelemetryValuesPerSecond:0}/s; CPU {CpuText()}{(SomeFailures.Count > 0 ? "; failures: " + string.Join(" | ", SomeFailures) : "")}");
}

/// <summary>The peers measured in the same run on the same machine.</summary>
internal sealed record PeerResults(Mes.Bench.Ledger.PgBenchResult Pgbench, LatencySummary Ping, NodeSubscription? NodeOpcUa);
