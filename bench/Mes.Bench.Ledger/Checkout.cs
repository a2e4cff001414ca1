using System.Globalization;
using Npgsql;

namespace Mes.Bench.Ledger;

/// <summary>
/// The checkout a benchmark runs in, and the private PostgreSQL that <c>./mes up</c> keeps in its state folder (port
/// and password in <c>pg.port</c> and <c>pg.password</c>). Shared with bench/Mes.Bench.Load.
/// </summary>
internal static class Checkout
{
    /// <summary>The folder holding MES.sln, at or above the current folder.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MES.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the benchmark from inside the checkout (MES.sln not found above the current folder).");
    }

    /// <summary>The connection string of the <c>mes</c> database on the private instance of <paramref name="state"/>.</summary>
    public static string PrivatePostgres(string state) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = int.Parse(File.ReadAllText(Path.Combine(state, "pg.port")).Trim(), CultureInfo.InvariantCulture),
        Username = "mes",
        Password = File.ReadAllText(Path.Combine(state, "pg.password")).Trim(),
        Database = "mes",
    }.ConnectionString;
}
