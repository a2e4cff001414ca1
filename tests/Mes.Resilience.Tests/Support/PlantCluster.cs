using System.Security.Cryptography.X509Certificates;
using Mes.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Mes.Resilience.Tests.Support;

/// <summary>
/// A cluster as a plant runs it, every part a real process: silos on one PostgreSQL database, the gateway in front,
/// and an Orleans client of the test's own that asks the cluster where grains live (the management grain, the
/// equipment agents' status). Failure detection is tuned down (<see cref="FastFailureDetection"/>) so that a killed
/// silo is declared dead in seconds; docs/OPERATIONS.md gives the production values.
/// </summary>
public sealed class PlantCluster : IAsyncDisposable
{
    private readonly List<SiloNode> _silos;
    private readonly IHost _client;

    private PlantCluster(Dictionary<string, string?> environment, List<SiloNode> silos, GatewayNode gateway, IHost client)
    {
        Environment = environment;
        _silos = silos;
        Gateway = gateway;
        _client = client;
    }

    /// <summary>
    /// Membership settings of the test clusters: a probe every 2 s, suspected after 2 missed probes, and the membership
    /// table read every 2 s. With the defaults a killed silo takes 15–30 s to be declared dead.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> FastFailureDetection { get; } = new Dictionary<string, string?>
    {
        ["Orleans__Membership__ProbeTimeout"] = "00:00:02",
        ["Orleans__Membership__NumMissedProbesLimit"] = "2",
        ["Orleans__Membership__TableRefreshTimeout"] = "00:00:02",
    };

    /// <summary>The setting that turns on TLS between the cluster's processes: the path of the cluster certificate (PFX).</summary>
    public const string ClusterTlsCertificate = "Orleans__Tls__Certificate";

    /// <summary>The environment every process of the cluster shares.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; }

    /// <summary>The silos started, in order (killed ones included).</summary>
    public IReadOnlyList<SiloNode> Silos => _silos;

    /// <summary>The gateway.</summary>
    public GatewayNode Gateway { get; }

    /// <summary>The test's own client of the cluster.</summary>
    public IClusterClient Grains => _client.Services.GetRequiredService<IClusterClient>();

    /// <summary>
    /// Starts <paramref name="silos"/> silos (at once, as a plant's hosts boot), the gateway, and the test's client.
    /// <paramref name="settings"/> add to the cluster's environment (equipment agents, master data folder).
    /// </summary>
    public static async Task<PlantCluster> StartAsync(string connectionString, int silos, IReadOnlyDictionary<string, string?> settings)
    {
        var clusterId = "res" + Guid.NewGuid().ToString("N")[..8];
        var environment = new Dictionary<string, string?>(FastFailureDetection)
        {
            ["MES_POSTGRES"] = connectionString,
            ["Orleans__ClusterId"] = clusterId,
            ["MES_LOG_FORMAT"] = "text",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        // The schema first, once: silos starting together would otherwise all wait on the migration lock.
        var nodes = new List<SiloNode> { await SiloNode.StartAsync(environment) };
        nodes.AddRange(await Task.WhenAll(Enumerable.Range(1, silos - 1).Select(_ => SiloNode.StartAsync(environment))));
        var gateway = await GatewayNode.StartAsync(environment);
        var certificate = environment.TryGetValue(ClusterTlsCertificate, out var path) && path is not null
            ? X509CertificateLoader.LoadPkcs12FromFile(path, null)
            : null;
        var host = Client(environment, certificate);
        await host.StartAsync();
        return new PlantCluster(environment, nodes, gateway, host);
    }

    /// <summary>
    /// An Orleans client of the cluster described by <paramref name="environment"/>, not started, presenting
    /// <paramref name="certificate"/> on its TLS connections to the silos (plain TCP when null).
    /// </summary>
    public static IHost Client(IReadOnlyDictionary<string, string?> environment, X509Certificate2? certificate)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Critical);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => { o.ClusterId = environment["Orleans__ClusterId"] ?? throw new ArgumentException("Orleans__ClusterId is missing", nameof(environment)); o.ServiceId = "zone-mes"; });
            client.UseAdoNetClustering(o => { o.Invariant = "Npgsql"; o.ConnectionString = environment["MES_POSTGRES"] ?? throw new ArgumentException("MES_POSTGRES is missing", nameof(environment)); });
            if (certificate is not null)
            {
                client.UseTls(certificate, o => ClusterTls.Configure(o, certificate));
            }
        });
        return builder.Build();
    }

    /// <summary>The silo process an address names.</summary>
    public SiloNode SiloAt(string siloAddress) => _silos.Single(s => s.Is(siloAddress));

    /// <summary>Where the cluster's directory says a grain is active now, or null when it is not.</summary>
    public async Task<string?> HostOf(string grainType, string key)
    {
        var statistics = await Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics.FirstOrDefault(s => s.GrainId.Type.ToString() == grainType && s.GrainId.Key.ToString() == key)?.SiloAddress.ToString();
    }

    /// <summary>The last lines <paramref name="silo"/> and the gateway wrote, for the message of a wait that ran out.</summary>
    public string RecentOutput(SiloNode silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        static string Tail(string output) => string.Join('\n', output.Split('\n').TakeLast(40));
        return $"silo:\n{Tail(silo.Process.Output)}\ngateway:\n{Tail(Gateway.Process.Output)}";
    }

    public async ValueTask DisposeAsync()
    {
        await _client.StopAsync();
        _client.Dispose();
        await Gateway.DisposeAsync();
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
    }
}
