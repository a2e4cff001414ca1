using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Mes.ServiceDefaults;

/// <summary>Where a process finds the PostgreSQL store of record.</summary>
public static class PostgresConnection
{
    /// <summary>The environment variable (and configuration key) that holds the connection string.</summary>
    public const string EnvironmentVariable = "MES_POSTGRES";

    /// <summary>
    /// The connection string from <c>MES_POSTGRES</c>, else <c>ConnectionStrings:Mes</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither is set, or the value is not a connection string.</exception>
    public static string FromConfiguration(IConfiguration configuration)
    {
        var value = configuration[EnvironmentVariable];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration.GetConnectionString("Mes");
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"No PostgreSQL connection: set {EnvironmentVariable} (or ConnectionStrings__Mes), or start the system with ./mes up, which provides a private PostgreSQL.");
        }
        try
        {
            _ = new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException e)
        {
            // The message of Npgsql names the offending keyword, never the value: safe to surface.
            throw new InvalidOperationException($"{EnvironmentVariable} is not a valid PostgreSQL connection string: {e.Message}", e);
        }
        return value;
    }

    /// <summary>The connection string with its password removed, for logs and diagnostics.</summary>
    public static string Redacted(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Password = null };
        return builder.ConnectionString;
    }
}
