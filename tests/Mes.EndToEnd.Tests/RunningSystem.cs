using System.Net.Http.Json;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Mes.Testing;

namespace Mes.EndToEnd.Tests;

/// <summary>
/// The silo and gateway programs running as real processes against a fresh database, on free
/// ports: what ./mes up starts, minus the script.
/// </summary>
public sealed class RunningSystem : IAsyncLifetime
{
    private readonly PostgresServer _postgres = new();
    private ChildProcess? _silo;
    private ChildProcess? _gateway;

    public int GrpcPort { get; } = FreePort.Next();
    public int WebPort { get; } = FreePort.Next();
    public GrpcChannel Channel { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await _postgres.CreateDatabaseAsync();
        var cluster = "e2e" + Guid.NewGuid().ToString("N")[..8];
        var common = new Dictionary<string, string?>
        {
            ["MES_POSTGRES"] = ConnectionString,
            ["Orleans__ClusterId"] = cluster,
            ["MES_LOG_FORMAT"] = "text",
        };
        var siloHttp = FreePort.Next();
        _silo = ChildProcess.StartDotnet(Repository.Binary("silo/Mes.Silo", "Mes.Silo.dll"), new Dictionary<string, string?>(common)
        {
            ["Silo__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo__GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo__HttpPort"] = siloHttp.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Http = new HttpClient { Timeout = TimeSpan.FromSeconds(10), BaseAddress = new Uri($"http://127.0.0.1:{WebPort}") };
        await Eventually.True(async () => (await Http.GetAsync(new Uri($"http://127.0.0.1:{siloHttp}/health/ready"))).IsSuccessStatusCode,
            TimeSpan.FromSeconds(90), "the silo process to become ready", () => _silo.Output);

        _gateway = ChildProcess.StartDotnet(Repository.Binary("gateway/Mes.Gateway", "Mes.Gateway.dll"), new Dictionary<string, string?>(common)
        {
            ["Gateway__GrpcPort"] = GrpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway__WebPort"] = WebPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Channel = GrpcChannel.ForAddress($"http://127.0.0.1:{GrpcPort}");
        var health = new Health.HealthClient(Channel);
        await Eventually.True(async () => (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving,
            TimeSpan.FromSeconds(60), "the gateway's gRPC health check to report SERVING", () => _gateway.Output);
    }

    public async Task DisposeAsync()
    {
        Channel?.Dispose();
        Http?.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
        await _postgres.DisposeAsync();
    }

    /// <summary>GET a JSON document from the gateway's web port.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>PUT a JSON document to the gateway's web port.</summary>
    public Task<HttpResponseMessage> PutJsonAsync<T>(string path, T body) => Http.PutAsJsonAsync(new Uri(path, UriKind.Relative), body);
}
