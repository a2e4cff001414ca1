using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Mes.Bench.Ledger;

/// <summary>
/// pgbench's simple-update run (one UPDATE and one INSERT per transaction, each committed) against a scratch database
/// of the same server, created for the run and dropped after it.
/// </summary>
internal static partial class PgBench
{
    public const string Binary = "/usr/lib/postgresql/15/bin/pgbench";
    private const string Scratch = "mes_bench_pgbench";

    public static async Task<PgBenchResult> Run(string connectionString, int clients, int seconds)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        await Admin(server, $"DROP DATABASE IF EXISTS {Scratch} WITH (FORCE)");
        await Admin(server, $"CREATE DATABASE {Scratch}");
        try
        {
            var common = $"-h {server.Host} -p {server.Port} -U {server.Username}";
            await Pgbench($"{common} -i -s 10 -q {Scratch}", server.Password);
            var command = $"-b simple-update -c {clients} -j 2 -T {seconds} {common} {Scratch}";
            var output = await Pgbench(command, server.Password);
            var tps = double.Parse(Tps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var latency = double.Parse(Latency().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            return new PgBenchResult($"pgbench {command}", clients, seconds, tps, latency);
        }
        finally
        {
            await Admin(server, $"DROP DATABASE IF EXISTS {Scratch} WITH (FORCE)");
        }
    }

    private static async Task<string> Pgbench(string arguments, string? password)
    {
        var start = new ProcessStartInfo(Binary, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pgbench did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output + await error
            : throw new InvalidOperationException($"pgbench {arguments} failed: {await error}");
    }

    // The SQL is built from the constant scratch database name only.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Constant database name.")]
    private static async Task Admin(NpgsqlConnectionStringBuilder server, string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex Latency();
}

/// <summary>pgbench's transactions per second and average latency, with the command that produced them.</summary>
internal sealed record PgBenchResult(string Command, int Clients, int Seconds, double Tps, double LatencyAverageMs);
