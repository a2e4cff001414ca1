using System.Globalization;

namespace Mes.Bench.Load;

/// <summary>
/// What to load and where. Defaults fit a system started by <c>./mes up --no-simulator</c> from the checkout the load
/// runs in: the gateway on 127.0.0.1:5100 (<c>MES_GRPC_PORT</c>), the admin password and the development certificate
/// in <c>.mes/secrets/</c> (<c>MES_STATE_DIR</c>), the private PostgreSQL from <c>.mes/pg.port</c> and
/// <c>.mes/pg.password</c>, the simulator endpoint at <c>MES_OPCUA_PORT</c> (4840).
/// </summary>
internal sealed record LoadSettings(
    string Root, string State, Uri Gateway, string AdminPassword, string? CertificatePath, string Postgres,
    int Terminals, int Posters, int Lines, double Speed, string SimulatorEndpoint, TimeSpan Pace, TimeSpan WarmUp, TimeSpan Window,
    bool Peers, int PingCallers, int PgbenchClients, string Label, string Output)
{
    public static LoadSettings From(string[] args, string root)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].TrimStart('-');
            options[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }

        var state = Environment.GetEnvironmentVariable("MES_STATE_DIR") is { Length: > 0 } dir ? dir : Path.Combine(root, ".mes");
        string Option(string name, Func<string> otherwise) => options.TryGetValue(name, out var value) ? value : otherwise();
        int Number(string name, int otherwise) => options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : otherwise;
        string Port(string variable, string otherwise) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } p ? p : otherwise;
        var certificate = Path.Combine(state, "secrets", "gateway-dev.pfx");
        var label = Option("label", () => "run");
        return new LoadSettings(
            root,
            state,
            new Uri(Option("gateway", () => "https://127.0.0.1:" + Port("MES_GRPC_PORT", "5100"))),
            Option("password", () => Environment.GetEnvironmentVariable("MES_ADMIN_PASSWORD") ?? File.ReadAllText(Path.Combine(state, "secrets", "admin-password")).Trim()),
            File.Exists(certificate) ? certificate : null,
            Option("postgres", () => Environment.GetEnvironmentVariable("MES_POSTGRES") is { Length: > 0 } pg ? pg : Mes.Bench.Ledger.Checkout.PrivatePostgres(state)),
            Number("terminals", 200),
            Number("posters", 8),
            Number("lines", 0),
            options.TryGetValue("speed", out var speed) ? double.Parse(speed, CultureInfo.InvariantCulture) : 1,
            Option("simulator-endpoint", () => "opc.tcp://127.0.0.1:" + Port("MES_OPCUA_PORT", "4840")),
            TimeSpan.FromMilliseconds(Number("pace-ms", 0)),
            TimeSpan.FromSeconds(Number("warmup", 10)),
            TimeSpan.FromSeconds(Number("seconds", 30)),
            !options.ContainsKey("no-peers"),
            Number("ping-callers", 64),
            Number("pgbench-clients", 8),
            label,
            Option("out", () => Path.Combine(root, "bench", "results", $"load-{label}.json")));
    }
}
