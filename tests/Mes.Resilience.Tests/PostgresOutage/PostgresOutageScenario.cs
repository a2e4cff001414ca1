using Mes.Resilience.Tests.Support;
using Mes.Testing;

namespace Mes.Resilience.Tests.PostgresOutage;

/// <summary>
/// A silo and the gateway on a PostgreSQL server of the scenario's own; terminals scan units along line smt-01 and an
/// integration posts receipts. Mid-load the server crashes (stopped without a checkpoint, every connection cut), stays
/// down a few seconds and starts again, recovering from its log. The load goes on, retrying what was not answered with
/// the same ids, until it runs again; the scenario records what was acknowledged and what the database holds.
/// </summary>
public sealed class PostgresOutageScenario : IAsyncLifetime
{
    private readonly string _plant = Directory.CreateTempSubdirectory("mes-resilience-plant-").FullName;
    private PrivatePostgres? _server;

    public PlantCluster Cluster { get; private set; } = null!;
    public PlantLoad Load { get; private set; } = null!;
    public LoadRecord Record { get; private set; } = null!;

    /// <summary>Acknowledged completions and postings when the server went down.</summary>
    public int AcknowledgedAtCrash { get; private set; }

    /// <summary>Calls retried while the server was down.</summary>
    public int RetriesDuringOutage { get; private set; }

    public async Task InitializeAsync()
    {
        _server = await PrivatePostgres.StartAsync();
        var connectionString = await _server.CreateDatabaseAsync("mes");
        // No machine: the outage is about the store of record.
        var plant = PlantLoad.Plant("opc.tcp://127.0.0.1:4840");
        plant.WriteTo(_plant);
        Cluster = await PlantCluster.StartAsync(connectionString, silos: 1, new Dictionary<string, string?>
        {
            ["Equipment__StartAgents"] = "false",
            ["MasterData__SamplesPath"] = _plant,
        });
        Load = await PlantLoad.SetUp(Cluster.Gateway, plant, await PlantLoad.Book(Cluster.Gateway, PlantLoad.NewBookNo()));
        Load.Start(posters: 4);
        await Eventually.True(() => Task.FromResult(Load.Completions.Acknowledged.Count >= 16 && Load.Clerk.Acknowledged.Count >= 20),
            TimeSpan.FromMinutes(3), "the load to run before the outage", Diagnostics);

        AcknowledgedAtCrash = Load.Acknowledged;
        var retriesBefore = Retries();
        await _server.CrashAsync();
        // Down until the clients have felt it: calls in flight fail and are retried.
        await Eventually.True(() => Task.FromResult(Retries() > retriesBefore + 4), TimeSpan.FromMinutes(1), "clients to be told to retry", Diagnostics);
        RetriesDuringOutage = Retries() - retriesBefore;
        await _server.StartServerAsync();

        await Eventually.True(() => Task.FromResult(Load.Acknowledged >= AcknowledgedAtCrash + 60),
            TimeSpan.FromMinutes(3), "the load to go on after PostgreSQL is back", Diagnostics);
        await Load.StopAsync();
        Record = await Load.Collect(connectionString);
    }

    private int Retries() => Load.Scans.Retries.Values.Sum() + Load.Postings.Retries.Values.Sum();

    private string Diagnostics() => $"{Load?.Progress()}\n{Cluster.RecentOutput(Cluster.Silos[0])}";

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        Directory.Delete(_plant, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresOutageCollection : ICollectionFixture<PostgresOutageScenario>
{
    public const string Name = "postgres outage";
}
