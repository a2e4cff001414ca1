using Npgsql;

namespace Mes.Bonded.Tests.Support;

/// <summary>The bonded_journal table read and altered directly, as a DBA could.</summary>
internal static class JournalTable
{
    public static async Task<long> CountAsync(string connectionString, string book = Samples.BookNo)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM bonded_journal WHERE book = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = book });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs SQL as the table's owner with the append-only trigger disabled: what an attacker with DBA rights can do.</summary>
    public static async Task AlterAsDbaAsync(string connectionString, string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var statement in new[] { "ALTER TABLE bonded_journal DISABLE TRIGGER bonded_journal_append_only", sql, "ALTER TABLE bonded_journal ENABLE TRIGGER bonded_journal_append_only" })
        {
            await using var command = new NpgsqlCommand(statement, connection, transaction);
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
