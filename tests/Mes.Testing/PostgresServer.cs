using System.Diagnostics;
using Npgsql;
using Xunit;

namespace Mes.Testing;

/// <summary>
/// The real PostgreSQL the tests use: <c>MES_TEST_POSTGRES</c> (set by <c>./mes test</c>) or, when a
/// test runs on its own, the private test instance that <c>./mes db test-connection</c> starts.
/// Every test that writes gets a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly List<string> _databases = [];

    /// <summary>Connection string of the server's maintenance database.</summary>
    public string AdminConnectionString { get; } = Locate();

    /// <summary>Creates an empty database and returns its connection string; it is dropped after the tests.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "mes_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        lock (_databases)
        {
            _databases.Add(name);
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        foreach (var name in _databases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("MES_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }
        var start = new ProcessStartInfo(Path.Combine(Repository.Root, "mes"), "db test-connection")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"No PostgreSQL for the tests: './mes db test-connection' failed: {error}");
        }
        return output.Trim().Split('\n')[^1];
    }
}
