using System.Globalization;

namespace Mes.Bench.Ledger;

/// <summary>
/// What to measure against. Defaults fit a system started by <c>./mes up</c> from the checkout the benchmark runs in:
/// the gateway on 127.0.0.1:5100, the admin password and the development certificate in <c>.mes/secrets/</c>, the
/// private PostgreSQL from <c>.mes/pg.port</c> and <c>.mes/pg.password</c>. <c>--list N</c> posts inventory lists of N
/// receipts (<c>ReceiveImportList</c>) instead of one receipt a call.
/// </summary>
internal sealed record BenchSettings(
    string Gateway, string AdminPassword, string? CertificatePath, string Postgres, int Clients, int Seconds, int PgbenchClients, int ListLines, string Output)
{
    public static BenchSettings From(string[] args, string root)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        var state = Environment.GetEnvironmentVariable("MES_STATE_DIR") is { Length: > 0 } dir ? dir : Path.Combine(root, ".mes");
        string Option(string name, Func<string> otherwise) => options.TryGetValue(name, out var value) ? value : otherwise();
        int Number(string name, int otherwise) => options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : otherwise;
        var certificate = Path.Combine(state, "secrets", "gateway-dev.pfx");
        return new BenchSettings(
            Option("gateway", () => "https://127.0.0.1:" + (Environment.GetEnvironmentVariable("MES_GRPC_PORT") ?? "5100")),
            Option("password", () => Environment.GetEnvironmentVariable("MES_ADMIN_PASSWORD") ?? File.ReadAllText(Path.Combine(state, "secrets", "admin-password")).Trim()),
            File.Exists(certificate) ? certificate : null,
            Option("postgres", () => Environment.GetEnvironmentVariable("MES_POSTGRES") is { Length: > 0 } pg ? pg : Checkout.PrivatePostgres(state)),
            Number("clients", 64),
            Number("seconds", 20),
            Number("pgbench-clients", 8),
            Number("list", 1),
            Option("out", () => Path.Combine(root, "bench", "results", "ledger.json")));
    }
}
