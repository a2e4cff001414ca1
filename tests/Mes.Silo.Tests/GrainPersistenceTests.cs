using Mes.Contracts.Production;
using Mes.Contracts.Production.Workstations;
using Mes.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mes.Silo.Tests;

public sealed class GrainPersistenceTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly string Printer = GrainKey.Workstation.For("smt-01-printer");

    [Fact]
    public async Task An_operator_logged_in_at_a_workstation_is_still_logged_in_after_a_silo_restart()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var cluster = "c" + Guid.NewGuid().ToString("N")[..8];

        await using (var first = await TestSilo.StartAsync(connectionString, cluster))
        {
            await first.Services.GetRequiredService<IGrainFactory>().GetGrain<IWorkstationGrain>(Printer)
                .LogIn(new LogInRequest("login-1", "B1001"));
            await first.StopAsync();
        }

        await using var second = await TestSilo.StartAsync(connectionString, cluster);
        var read = await second.Services.GetRequiredService<IGrainFactory>().GetGrain<IWorkstationGrain>(Printer).Get();

        Assert.Equal("B1001", read?.Operator?.Badge);
    }

    [Fact]
    public async Task Workstation_state_is_stored_as_readable_json_in_postgresql()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(connectionString, "c" + Guid.NewGuid().ToString("N")[..8]);

        await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IWorkstationGrain>(Printer)
            .LogIn(new LogInRequest("login-1", "B1001"));

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(
            "SELECT payload->'Aggregate'->'Session'->>'Badge' FROM orleans_grain_state WHERE state_name = 'workstation' AND grain_key = 'ws:smt-01-printer'");
        Assert.Equal("B1001", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_workstation_the_master_data_does_not_name_reads_as_absent()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(connectionString, "c" + Guid.NewGuid().ToString("N")[..8]);

        var read = await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IWorkstationGrain>(GrainKey.Workstation.For("abc123")).Get();

        Assert.Null(read);
    }
}
