using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Mes.Gateway.Api.V1;

namespace Mes.Bench.Ledger;

/// <summary>
/// N clients, each posting import receipts one call after the other (a new lot and idempotency key each) for a fixed
/// time: one receipt a call, or an inventory list of <c>listLines</c> receipts a call. A posting counts when the gateway
/// answered POSTED, which it does only once the entry is committed in PostgreSQL; the latency is the call's.
/// </summary>
internal sealed class PostingLoad(Bonded.BondedClient api, Metadata caller, string book, int listLines)
{
    public async Task<LoadResult> Run(int clients, TimeSpan duration, string prefix)
    {
        var latencies = new List<double>[clients];
        var failures = 0;
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var mine = latencies[client] = [];
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var posted = await Post($"{prefix}-{client}-{n}");
                    var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    mine.AddRange(Enumerable.Repeat(latency, posted));
                }
                catch (RpcException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var elapsed = clock.Elapsed;
        // Every posting of a list is answered when the list is: each counts with the call's latency.
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new LoadResult(clients, elapsed.TotalSeconds, all.Count, failures, all.Count / elapsed.TotalSeconds,
            Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99));
    }

    private async Task<int> Post(string key)
    {
        if (listLines == 1)
        {
            return (await api.ReceiveImportAsync(Receipt(key), caller)).Outcome == "POSTED" ? 1 : 0;
        }

        var list = new ReceiveImportListRequest { Book = book };
        list.Lines.Add(Enumerable.Range(0, listLines).Select(line => Receipt($"{key}-{line}")));
        return (await api.ReceiveImportListAsync(list, caller)).Lines.Count(l => l.Outcome == "POSTED");
    }

    private ReceiveImportRequest Receipt(string key) => new()
    {
        Book = book,
        IdempotencyKey = key,
        Lot = key,
        Part = "CAP-0402-100N",
        StockQuantity = "10000",
        Value = new Money { Amount = "50.00", Currency = "502" },
        Documents = { new DocumentReference { Type = "InventoryVerificationList", Number = "QD510825I" + key.GetHashCode(StringComparison.Ordinal).ToString("x8", CultureInfo.InvariantCulture), Line = 1 } },
    };

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

/// <summary>Postings per second and latency percentiles (milliseconds) of one load run.</summary>
internal sealed record LoadResult(int Clients, double Seconds, int Postings, int Failures, double PostingsPerSecond, double P50, double P95, double P99);
