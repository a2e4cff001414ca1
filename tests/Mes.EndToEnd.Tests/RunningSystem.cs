using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Mes.Gateway.Api.V1;
using Mes.Testing;

namespace Mes.EndToEnd.Tests;

/// <summary>
/// The silo and gateway programs running as real processes against a fresh database, on free
/// ports: what ./mes up starts, minus the script. Clients speak TLS, trusting only the development
/// certificate the gateway generates, and call as the first administrator. No equipment agents run
/// unless a derived system brings a machine (<see cref="Shift.ShiftSystem"/>).
/// </summary>
public class RunningSystem : IAsyncLifetime
{
    private const string AdminPassword = "end-to-end-admin-password";
    private readonly PostgresServer _postgres = new();
    private readonly string _secrets = Path.Combine(Path.GetTempPath(), "mes-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private ChildProcess? _silo;
    private ChildProcess? _gateway;

    public int GrpcPort { get; } = FreePort.Next();
    public int WebPort { get; } = FreePort.Next();
    public GrpcChannel Channel { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    /// <summary>Headers that authenticate as the first administrator.</summary>
    public Metadata Admin { get; private set; } = [];

    public async Task InitializeAsync()
    {
        ConnectionString = await _postgres.CreateDatabaseAsync();
        var cluster = "e2e" + Guid.NewGuid().ToString("N")[..8];
        var common = new Dictionary<string, string?>
        {
            ["MES_POSTGRES"] = ConnectionString,
            ["Equipment__StartAgents"] = "false",
            ["Orleans__ClusterId"] = cluster,
            ["MES_LOG_FORMAT"] = "text",
        };
        var siloHttp = FreePort.Next();
        var siloSettings = new Dictionary<string, string?>(common);
        await ConfigureSiloAsync(siloSettings);
        _silo = ChildProcess.StartDotnet(Repository.Binary("silo/Mes.Silo", "Mes.Silo.dll"), new Dictionary<string, string?>(siloSettings)
        {
            ["Silo__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo__GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo__HttpPort"] = siloHttp.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using (var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            await Eventually.True(async () => (await probe.GetAsync(new Uri($"http://127.0.0.1:{siloHttp}/health/ready"))).IsSuccessStatusCode,
                TimeSpan.FromSeconds(90), "the silo process to become ready", () => _silo.Output);
        }

        _gateway = ChildProcess.StartDotnet(Repository.Binary("gateway/Mes.Gateway", "Mes.Gateway.dll"), new Dictionary<string, string?>(common)
        {
            ["Gateway__GrpcPort"] = GrpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway__WebPort"] = WebPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MES_JWT_SIGNING_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["MES_ADMIN_PASSWORD"] = AdminPassword,
            ["Gateway__Tls__DevelopmentCertificate"] = Path.Combine(_secrets, "gateway-dev.pfx"),
        });
        await Eventually.True(() => Task.FromResult(_gateway.Output.Contains("Now listening", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60), "the gateway to listen", () => _gateway.Output);
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(_secrets, "gateway-dev.pfx"), null);
        Anonymous = new HttpClient(TrustOnly(certificate)) { Timeout = TimeSpan.FromSeconds(10), BaseAddress = new Uri($"https://127.0.0.1:{WebPort}") };
        Channel = GrpcChannel.ForAddress($"https://127.0.0.1:{GrpcPort}", new GrpcChannelOptions { HttpHandler = TrustOnly(certificate), DisposeHttpClient = true });
        var health = new Health.HealthClient(Channel);
        await Eventually.True(async () => (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving,
            TimeSpan.FromSeconds(60), "the gateway's gRPC health check to report SERVING", () => _gateway.Output);
        var token = await new Auth.AuthClient(Channel).LoginAsync(new LoginRequest { Username = "admin", Password = AdminPassword });
        Admin = new Metadata { { "authorization", "Bearer " + token.AccessToken } };
        Http = new HttpClient(TrustOnly(certificate)) { Timeout = TimeSpan.FromSeconds(10), BaseAddress = new Uri($"https://127.0.0.1:{WebPort}") };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
    }

    /// <summary>An HTTP client of the web port that presents no credential.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>A handler that accepts exactly <paramref name="certificate"/> from the server.</summary>
    public static SocketsHttpHandler TrustOnly(X509Certificate2 certificate)
    {
        var pin = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        return new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, served, _, _) => served?.GetCertHashString(HashAlgorithmName.SHA256) == pin },
        };
    }

    /// <summary>
    /// Settings of the silo process beyond the database and cluster; by default none, and no equipment agent
    /// (these tests drive the workstations themselves, not from a machine).
    /// </summary>
    protected virtual Task ConfigureSiloAsync(IDictionary<string, string?> settings) => Task.CompletedTask;

    /// <summary>Output of the silo process so far, for the message of a failing test.</summary>
    public string SiloOutput => _silo?.Output ?? "";

    public virtual async Task DisposeAsync()
    {
        Channel?.Dispose();
        Http?.Dispose();
        Anonymous?.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
        await _postgres.DisposeAsync();
        if (Directory.Exists(_secrets))
        {
            Directory.Delete(_secrets, recursive: true);
        }
    }

    /// <summary>GET a JSON document from the gateway's web port, as the administrator.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>PUT a JSON document to the gateway's web port, as the administrator.</summary>
    public Task<HttpResponseMessage> PutJsonAsync<T>(string path, T body) => Http.PutAsJsonAsync(new Uri(path, UriKind.Relative), body);
}
