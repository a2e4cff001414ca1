using Mes.Contracts.Plant;
using Mes.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mes.Silo.Tests;

public sealed class GrainPersistenceTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_registered_workstation_survives_a_silo_restart()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var cluster = "c" + Guid.NewGuid().ToString("N")[..8];
        var key = WorkstationKey.For("smt-01-placer-1");

        WorkstationSnapshot registered;
        await using (var first = await TestSilo.StartAsync(connectionString, cluster))
        {
            registered = await first.Services.GetRequiredService<IGrainFactory>().GetGrain<IWorkstationGrain>(key)
                .Register(new RegisterWorkstation("Placer 1", "smt-01", "placer"));
            await first.StopAsync();
        }

        await using var second = await TestSilo.StartAsync(connectionString, cluster);
        var read = await second.Services.GetRequiredService<IGrainFactory>().GetGrain<IWorkstationGrain>(key).Get();

        Assert.Equal(registered, read);
    }

    [Fact]
    public async Task Workstation_state_is_stored_as_readable_json_in_postgresql()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(connectionString, "c" + Guid.NewGuid().ToString("N")[..8]);

        await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IWorkstationGrain>(WorkstationKey.For("smt-01-aoi"))
            .Register(new RegisterWorkstation("AOI", "smt-01", "aoi"));

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(
            "SELECT payload->>'WorkstationType' FROM orleans_grain_state WHERE state_name = 'workstation' AND grain_key = 'ws:smt-01-aoi'");
        Assert.Equal("aoi", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_workstation_never_registered_reads_as_absent()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(connectionString, "c" + Guid.NewGuid().ToString("N")[..8]);

        var read = await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IWorkstationGrain>(WorkstationKey.For("abc123")).Get();

        Assert.Null(read);
    }
}
