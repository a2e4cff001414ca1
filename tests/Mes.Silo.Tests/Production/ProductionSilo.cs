using Mes.Grains.Production.MasterData;
using Mes.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mes.Silo.Tests.Production;

/// <summary>
/// A real silo on a database of its own, seeded with the sample plant as it seeds itself on first start,
/// shared by the tests of one class (each test uses ids of its own). It can be restarted on the same
/// database to show what survives.
/// </summary>
public sealed class ProductionSilo : IAsyncLifetime
{
    private readonly PostgresServer postgres = new();
    private readonly string cluster = "c" + Guid.NewGuid().ToString("N")[..8];
    private WebApplication? silo;

    /// <summary>The database's connection string.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>Grains of the running silo.</summary>
    public IGrainFactory Grains => silo!.Services.GetRequiredService<IGrainFactory>();

    /// <summary>A terminal client working the sample line through the grains.</summary>
    public ShopFloor Floor => new(Grains, silo!.Services.GetRequiredService<PlantCatalog>());

    public async Task InitializeAsync()
    {
        ConnectionString = await postgres.CreateDatabaseAsync();
        silo = await TestSilo.StartAsync(ConnectionString, cluster);
    }

    /// <summary>Stops the silo and starts a new one on the same database: only what was stored survives.</summary>
    public async Task RestartAsync()
    {
        await silo!.StopAsync();
        await silo.DisposeAsync();
        silo = await TestSilo.StartAsync(ConnectionString, cluster);
    }

    /// <summary>Runs a scalar query against the silo's database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>How many history rows an aggregate has.</summary>
    public Task<long> HistoryRowsAsync(string aggregateId) =>
        ScalarAsync<long>("SELECT count(*) FROM production_event WHERE aggregate_id = @id", ("id", aggregateId));

    public async Task DisposeAsync()
    {
        if (silo is not null)
        {
            await silo.StopAsync();
            await silo.DisposeAsync();
        }

        await postgres.DisposeAsync();
    }
}
