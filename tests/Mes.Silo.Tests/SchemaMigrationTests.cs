using Mes.Silo.Storage;
using Mes.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Mes.Silo.Tests;

public sealed class SchemaMigrationTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Migrations_applied_twice_change_nothing_the_second_time()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        var first = await MesSilo.MigrateAsync(connectionString, NullLoggerFactory.Instance, CancellationToken.None);
        var schemaAfterFirst = await SchemaSnapshot(connectionString);
        var second = await MesSilo.MigrateAsync(connectionString, NullLoggerFactory.Instance, CancellationToken.None);
        var schemaAfterSecond = await SchemaSnapshot(connectionString);

        Assert.Equal(Migration.Embedded().Select(m => m.Version), first);
        Assert.Empty(second);
        Assert.Equal(schemaAfterFirst, schemaAfterSecond);
    }

    [Fact]
    public async Task Migrations_run_concurrently_by_several_silos_apply_each_script_once()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            MesSilo.MigrateAsync(connectionString, NullLoggerFactory.Instance, CancellationToken.None)));

        Assert.Equal(Migration.Embedded().Select(m => m.Version), runs.SelectMany(r => r).Order());
    }

    [Fact]
    public async Task An_applied_migration_whose_script_changed_is_refused()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var migrator = new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance);
        await migrator.ApplyAsync([new Migration(1, "first", "CREATE TABLE t (a int);")], CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            migrator.ApplyAsync([new Migration(1, "first", "CREATE TABLE t (a bigint);")], CancellationToken.None));

        Assert.Contains("Migration 1 (first) was applied with another script", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_migration_leaves_nothing_of_itself_behind()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var migrator = new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance);

        await Assert.ThrowsAsync<PostgresException>(() => migrator.ApplyAsync(
            [new Migration(1, "broken", "CREATE TABLE half_done (a int); SELECT no_such_function();")], CancellationToken.None));

        await using var command = dataSource.CreateCommand(
            "SELECT (SELECT count(*) FROM information_schema.tables WHERE table_name = 'half_done') + (SELECT count(*) FROM schema_migration)");
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    private static async Task<string> SchemaSnapshot(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("""
            SELECT string_agg(line, E'\n' ORDER BY line) FROM (
                SELECT table_name || '.' || column_name || ':' || data_type || ':' || is_nullable AS line
                  FROM information_schema.columns WHERE table_schema = 'public'
                UNION ALL
                SELECT indexname || ':' || indexdef FROM pg_indexes WHERE schemaname = 'public'
                UNION ALL
                SELECT querykey || ':' || md5(querytext) FROM orleansquery
                UNION ALL
                SELECT version || ':' || name || ':' || checksum || ':' || applied_at FROM schema_migration) lines
            """);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
