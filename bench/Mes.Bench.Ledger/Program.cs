using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Mes.Bench.Ledger;
using Mes.Gateway.Api.V1;

// Usage: dotnet run -c Release --project bench/Mes.Bench.Ledger -- [--clients 64] [--seconds 20] [--pgbench-clients 8] [--list 1]
//        [--gateway https://127.0.0.1:5100] [--password …] [--postgres "Host=…"] [--out bench/results/ledger.json]
var root = Checkout.Root();
var settings = BenchSettings.From(args, root);
using var channel = GrpcChannel.ForAddress(settings.Gateway, new GrpcChannelOptions { HttpHandler = Handler(settings.CertificatePath), DisposeHttpClient = true });
var token = await new Auth.AuthClient(channel).LoginAsync(new LoginRequest { Username = "admin", Password = settings.AdminPassword });
var caller = new Metadata { { "authorization", "Bearer " + token.AccessToken } };
var api = new Bonded.BondedClient(channel);

// A book of its own per run, filed from the sample, so that runs never share a journal.
var book = "B" + DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString("D11", CultureInfo.InvariantCulture);
await SampleBook.File(api, caller, book, Path.Combine(root, "samples", "bonded"));

var load = new PostingLoad(api, caller, book, settings.ListLines);
await load.Run(settings.Clients, TimeSpan.FromSeconds(5), "warm-up");
var ledger = await load.Run(settings.Clients, TimeSpan.FromSeconds(settings.Seconds), "run");
var verification = await api.VerifyJournalAsync(new VerifyJournalRequest { Book = book }, caller);
var pgbench = await PgBench.Run(settings.Postgres, settings.PgbenchClients, settings.Seconds);

var result = new
{
    at = DateTimeOffset.UtcNow,
    machine = new { cores = Environment.ProcessorCount, os = Environment.OSVersion.VersionString },
    book,
    listLines = settings.ListLines,
    ledger,
    journalIntact = verification.Intact,
    journalEntries = verification.EntriesChecked,
    pgbench,
    ratio = ledger.PostingsPerSecond / pgbench.Tps,
};
Directory.CreateDirectory(Path.GetDirectoryName(settings.Output)!);
await File.WriteAllTextAsync(settings.Output, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    | measure | value |
    |---|---|
    | bonded postings/s ({ledger.Clients} gRPC clients, {(settings.ListLines == 1 ? "one receipt a call" : $"lists of {settings.ListLines} receipts")}, {ledger.Seconds:0.0} s) | {ledger.PostingsPerSecond:0} |
    | posting latency (the call's) p50 / p95 / p99 | {ledger.P50:0.0} / {ledger.P95:0.0} / {ledger.P99:0.0} ms |
    | postings / failures | {ledger.Postings} / {ledger.Failures} |
    | journal verified ({verification.EntriesChecked} entries) | {(verification.Intact ? "intact" : "BROKEN")} |
    | pgbench simple-update TPS ({pgbench.Clients} clients) | {pgbench.Tps:0} (latency avg {pgbench.LatencyAverageMs:0.0} ms) |
    | ratio postings/s ÷ pgbench TPS | {result.ratio:0.00} |

    pgbench: {pgbench.Command}
    result:  {settings.Output}
    """));
return verification.Intact ? 0 : 1;

// The gateway serves TLS with the development certificate ./mes up generated: trust exactly that one.
static SocketsHttpHandler Handler(string? certificatePath)
{
    var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true };
    if (certificatePath is not null)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, null);
        var pin = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        handler.SslOptions.RemoteCertificateValidationCallback = (_, served, _, _) => served?.GetCertHashString(HashAlgorithmName.SHA256) == pin;
    }

    return handler;
}
