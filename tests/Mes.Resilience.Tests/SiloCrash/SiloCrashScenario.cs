using Mes.Bench.Load.Ledger;
using Mes.Contracts.Bonded;
using Mes.Contracts.Production;
using Mes.Contracts.Production.Equipment;
using Mes.Contracts.Production.Workstations;
using Mes.Grains.Production.Agents;
using Mes.Resilience.Tests.Support;
using Mes.Testing;
using Orleans.Runtime.Placement;

namespace Mes.Resilience.Tests.SiloCrash;

/// <summary>
/// Two silos, the gateway and the PLC simulator; the equipment agent runs on one silo, and an account book is placed
/// there too. Terminals scan units along line smt-01 and an integration posts receipts into that book; mid-load the
/// agent's silo is killed with SIGKILL. The load goes on (unanswered calls retried with the same ids) until well after
/// the cluster has recovered, then stops; the scenario records what was acknowledged, what PostgreSQL and the API hold,
/// and where the agent came back. The tests assert on that record, one behaviour each.
/// </summary>
public sealed class SiloCrashScenario : IAsyncLifetime
{
    private const string Printer = "smt-01-printer";
    private readonly PostgresServer _postgres = new();
    private readonly string _plant = Directory.CreateTempSubdirectory("mes-resilience-plant-").FullName;

    public SimulatorProcess Simulator { get; private set; } = null!;
    public PlantCluster Cluster { get; private set; } = null!;
    public PlantLoad Load { get; private set; } = null!;
    public LoadRecord Record { get; private set; } = null!;

    /// <summary>The silo that was killed: the one the agent and the book were on.</summary>
    public SiloNode Killed { get; private set; } = null!;

    public DateTimeOffset KilledAt { get; private set; }

    /// <summary>Acknowledged completions when the silo was killed.</summary>
    public int CompletionsAtKill { get; private set; }

    /// <summary>Acknowledged postings when the silo was killed.</summary>
    public int PostingsAtKill { get; private set; }

    /// <summary>Where the agent runs after the kill, once it is back (directory) and its workstation hears the machine again.</summary>
    public string AgentSiloAfter { get; private set; } = "";

    /// <summary>When the test saw the printer's workstation hear its machine again after the kill (wall clock).</summary>
    public DateTimeOffset TelemetryResumedAt { get; private set; }

    public async Task InitializeAsync()
    {
        var connectionString = await _postgres.CreateDatabaseAsync();
        Simulator = await SimulatorProcess.StartAsync(speed: 20);
        var plant = PlantLoad.Plant(Simulator.Endpoint);
        plant.WriteTo(_plant);
        Cluster = await PlantCluster.StartAsync(connectionString, silos: 2, new Dictionary<string, string?>
        {
            ["Equipment__StartAgents"] = "true",
            ["MasterData__SamplesPath"] = _plant,
        });

        var agentKey = GrainKey.Equipment.For(Simulator.Endpoint);
        var agent = Cluster.Grains.GetGrain<IEquipmentAgentGrain>(agentKey);
        await Eventually.True(async () => await agent.Get() is { Link.State: EquipmentLinkState.Connected, Values: > 0 },
            TimeSpan.FromMinutes(2), "the equipment agent to feed the line", () => Simulator.Output);
        Killed = Cluster.SiloAt((await agent.Get()).Silo);

        var clerk = await BookOn(Killed);
        Load = await PlantLoad.SetUp(Cluster.Gateway, plant, clerk);
        Load.Start(posters: 4);
        await Eventually.True(() => Task.FromResult(Load.Completions.Acknowledged.Count >= 16 && Load.Clerk.Acknowledged.Count >= 20),
            TimeSpan.FromMinutes(3), "the load to run before the kill", Diagnostics);

        // The simulator runs faster than the clock, so its source timestamps are compared with each other only.
        var printer = Cluster.Grains.GetGrain<IWorkstationGrain>(GrainKey.Workstation.For(Printer));
        var heardBeforeKill = (await printer.Get())!.Machine.UpdatedAt;
        CompletionsAtKill = Load.Completions.Acknowledged.Count;
        PostingsAtKill = Load.Clerk.Acknowledged.Count;
        KilledAt = DateTimeOffset.UtcNow;
        Killed.Kill();

        await Eventually.True(() => Task.FromResult(Load.Completions.Acknowledged.Count >= CompletionsAtKill + 16 && Load.Clerk.Acknowledged.Count >= PostingsAtKill + 40),
            TimeSpan.FromMinutes(3), "the load to go on after the kill", Diagnostics);
        await Load.StopAsync();

        // Looked up in the directory rather than called: a call would activate the agent, and the claim is that its
        // reminder brings it back by itself.
        await Eventually.True(async () =>
            {
                AgentSiloAfter = await Cluster.HostOf("equipment-agent", agentKey) ?? "";
                return AgentSiloAfter.Length > 0 && !Killed.Is(AgentSiloAfter) && (await printer.Get())?.Machine.UpdatedAt > heardBeforeKill;
            },
            EquipmentAgentGrain.KeepAlivePeriod + TimeSpan.FromMinutes(2), "the agent to come back and the printer to hear its machine", Diagnostics);
        TelemetryResumedAt = DateTimeOffset.UtcNow;

        Record = await Load.Collect(connectionString);
    }

    // The cluster places a new book where its placement prefers (the less busy silo, not the agent's). The test's own
    // client activates the book first with a placement hint naming the silo to be killed; the gateway's calls then
    // reach that activation.
    private async Task<LedgerClerk> BookOn(SiloNode silo)
    {
        var bookNo = PlantLoad.NewBookNo();
        var hosts = await Cluster.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        RequestContext.Set(IPlacementDirector.PlacementHintKey, hosts.Keys.Single(address => silo.Is(address.ToString())));
        try
        {
            await Cluster.Grains.GetGrain<IAccountBookGrain>(AccountBookKey.For(bookNo)).Balances(null);
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
        var clerk = await PlantLoad.Book(Cluster.Gateway, bookNo);
        var host = await Cluster.HostOf("bonded-book", AccountBookKey.For(bookNo));
        return host is not null && silo.Is(host) ? clerk : throw new InvalidOperationException($"book {bookNo} was placed on {host}, not on the agent's silo");
    }

    private string Diagnostics() => $"{Load?.Progress()}\n{Cluster.RecentOutput(Cluster.Silos.First(s => s != Killed))}";

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync();
        }
        await _postgres.DisposeAsync();
        Directory.Delete(_plant, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SiloCrashCollection : ICollectionFixture<SiloCrashScenario>
{
    public const string Name = "silo crash";
}
