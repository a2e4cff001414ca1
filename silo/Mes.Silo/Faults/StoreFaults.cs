using Npgsql;

namespace Mes.Silo.Faults;

/// <summary>Which failures of PostgreSQL pass by themselves, so that the same request succeeds when sent again.</summary>
public static class StoreFaults
{
    /// <summary>
    /// The transient PostgreSQL failure in <paramref name="exception"/> or its causes, or null: the driver's own verdict
    /// (a connection that could not be opened or broke), and the server's refusals that pass (SQLSTATE class 08
    /// connection, 53 insufficient resources, 57P01–57P03 shutting down or starting up, 40001 and 40P01 a transaction
    /// that lost a race).
    /// </summary>
    public static NpgsqlException? Transient(Exception? exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is PostgresException { SqlState: var state }
                && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
                    || state is "57P01" or "57P02" or "57P03" or "40001" or "40P01"))
            {
                return (NpgsqlException)cause;
            }
            if (cause is NpgsqlException { IsTransient: true } transient and not PostgresException)
            {
                return transient;
            }
        }
        return null;
    }
}
