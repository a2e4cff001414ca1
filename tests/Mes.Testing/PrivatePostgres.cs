using System.Globalization;
using System.Security.Cryptography;
using Npgsql;

namespace Mes.Testing;

/// <summary>
/// A PostgreSQL server of one test's own, for tests that stop or crash the server itself (the suite's
/// shared server must never be restarted under other tests). Created with initdb in a temporary folder
/// and run with pg_ctl on a free loopback port, as the <c>postgres</c> user when the tests run as root
/// (PostgreSQL refuses to run as root), the way <c>./mes</c> runs its private instance.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private const string User = "mes";
    private readonly string _bin;
    private readonly string _home;
    private readonly string _password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private PrivatePostgres(string bin, string home, int port)
    {
        _bin = bin;
        _home = home;
        Port = port;
    }

    /// <summary>The loopback port the server listens on; it keeps it across restarts.</summary>
    public int Port { get; }

    private string Data => Path.Combine(_home, "data");

    private string Log => Path.Combine(_home, "postgresql.log");

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>Creates the cluster and starts it.</summary>
    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql")
            .Select(version => Path.Combine(version, "bin"))
            .Where(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            .OrderByDescending(dir => int.TryParse(Path.GetFileName(Path.GetDirectoryName(dir)), out var v) ? v : 0)
            .FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL server binaries are missing (Debian: apt-get install postgresql); ./mes test installs them as root.");
        // /tmp is reachable by the postgres user, unlike a checkout under root's home.
        var home = Directory.CreateTempSubdirectory("mes-pg-").FullName;
        var server = new PrivatePostgres(bin, home, FreePort.Next());
        var passwordFile = Path.Combine(home, "pwfile");
        await File.WriteAllTextAsync(passwordFile, server._password);
        if (IsRoot)
        {
            await Run("chown", ["-R", "postgres:postgres", home], home);
        }
        await server.AsServer("initdb", ["-D", server.Data, "-U", User, $"--pwfile={passwordFile}", "--auth-host=scram-sha-256",
            "--auth-local=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"]);
        File.Delete(passwordFile);
        await server.StartServerAsync();
        return server;
    }

    /// <summary>Connection string of <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = User,
        Password = _password,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates a database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString()))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    /// <summary>
    /// Stops the server the way a crash or power cut does (<c>pg_ctl stop -m immediate</c>: no checkpoint,
    /// every connection cut), so that it recovers from its write-ahead log when it starts again.
    /// </summary>
    public Task CrashAsync() => AsServer("pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"]);

    /// <summary>Starts the server again on its port and waits until it accepts connections.</summary>
    public Task StartServerAsync() =>
        AsServer("pg_ctl", ["-D", Data, "-l", Log, "-w", "-t", "60", "-o",
            $"-c listen_addresses=127.0.0.1 -p {Port.ToString(CultureInfo.InvariantCulture)} -c unix_socket_directories=''", "start"]);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AsServer("pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Not running.
        }
        Directory.Delete(_home, recursive: true);
    }

    private Task AsServer(string program, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_bin, program);
        return IsRoot ? Run("runuser", ["-u", "postgres", "--", path, .. arguments], _home) : Run(path, arguments, _home);
    }

    private static async Task Run(string file, IReadOnlyList<string> arguments, string workingDirectory)
    {
        await using var process = ChildProcess.Start(file, arguments, workingDirectory: workingDirectory);
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromMinutes(2));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {exitCode}:\n{process.Output}");
        }
    }
}
