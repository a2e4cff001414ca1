using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Mes.Gateway.Api.V1;
using Mes.Testing;

namespace Mes.Bonded.Tests.Support;

/// <summary>
/// The silo and gateway programs as real processes on a fresh database, over TLS, with one signed-in caller per
/// role the bonded API distinguishes: what ./mes up runs.
/// </summary>
public sealed class BondedSystem : IAsyncLifetime
{
    private const string AdminPassword = "bonded-admin-password";
    private const string StaffPassword = "bonded-staff-password";
    private readonly PostgresServer postgres = new();
    private readonly string secrets = Path.Combine(Path.GetTempPath(), "mes-bonded-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly Dictionary<string, Metadata> callers = [];
    private ChildProcess? silo;
    private ChildProcess? gateway;
    private X509Certificate2? certificate;

    public int WebPort { get; } = FreePort.Next();

    public int GrpcPort { get; } = FreePort.Next();

    public string ConnectionString { get; private set; } = "";

    public GrpcChannel Channel { get; private set; } = null!;

    public Mes.Gateway.Api.V1.Bonded.BondedClient Bonded => new(Channel);

    /// <summary>Headers of a signed-in caller holding one role: admin, manager, supervisor, customs or operator.</summary>
    public Metadata As(string role) => callers[role];

    public async Task InitializeAsync()
    {
        ConnectionString = await postgres.CreateDatabaseAsync();
        var common = new Dictionary<string, string?>
        {
            ["MES_POSTGRES"] = ConnectionString,
            // No equipment agents: these tests drive workstations themselves, not from a machine.
            ["Equipment__StartAgents"] = "false",
            ["Orleans__ClusterId"] = "bonded" + Guid.NewGuid().ToString("N")[..8],
            ["MES_LOG_FORMAT"] = "text",
        };
        var siloHttp = FreePort.Next();
        silo = ChildProcess.StartDotnet(Repository.Binary("silo/Mes.Silo", "Mes.Silo.dll"), new Dictionary<string, string?>(common)
        {
            ["Silo__SiloPort"] = Port(),
            ["Silo__GatewayPort"] = Port(),
            ["Silo__HttpPort"] = siloHttp.ToString(CultureInfo.InvariantCulture),
        });
        using (var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            await Eventually.True(async () => (await probe.GetAsync(new Uri($"http://127.0.0.1:{siloHttp}/health/ready"))).IsSuccessStatusCode,
                TimeSpan.FromSeconds(90), "the silo process to become ready", () => silo.Output);
        }

        gateway = ChildProcess.StartDotnet(Repository.Binary("gateway/Mes.Gateway", "Mes.Gateway.dll"), new Dictionary<string, string?>(common)
        {
            ["Gateway__GrpcPort"] = GrpcPort.ToString(CultureInfo.InvariantCulture),
            ["Gateway__WebPort"] = WebPort.ToString(CultureInfo.InvariantCulture),
            ["MES_JWT_SIGNING_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["MES_ADMIN_PASSWORD"] = AdminPassword,
            ["Gateway__Tls__DevelopmentCertificate"] = Path.Combine(secrets, "gateway-dev.pfx"),
        });
        await Eventually.True(() => Task.FromResult(gateway.Output.Contains("Now listening", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60), "the gateway to listen", () => gateway.Output);
        certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(secrets, "gateway-dev.pfx"), null);
        Channel = GrpcChannel.ForAddress($"https://127.0.0.1:{GrpcPort}", new GrpcChannelOptions { HttpHandler = TrustOnly(certificate), DisposeHttpClient = true });
        var health = new Health.HealthClient(Channel);
        await Eventually.True(async () => (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving,
            TimeSpan.FromSeconds(60), "the gateway to report SERVING", () => gateway.Output);
        await SignIn();
    }

    /// <summary>An HTTP client of the web port (JSON routes) signed in as <paramref name="role"/>.</summary>
    public HttpClient Http(string role)
    {
        var client = new HttpClient(TrustOnly(certificate!)) { Timeout = TimeSpan.FromSeconds(30), BaseAddress = new Uri($"https://127.0.0.1:{WebPort}") };
        client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(callers[role].GetValue("authorization")!);
        return client;
    }

    public async Task DisposeAsync()
    {
        Channel?.Dispose();
        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }

        if (silo is not null)
        {
            await silo.DisposeAsync();
        }

        await postgres.DisposeAsync();
        certificate?.Dispose();
        if (Directory.Exists(secrets))
        {
            Directory.Delete(secrets, recursive: true);
        }
    }

    private async Task SignIn()
    {
        var auth = new Auth.AuthClient(Channel);
        var admin = Bearer((await auth.LoginAsync(new LoginRequest { Username = "admin", Password = AdminPassword })).AccessToken);
        callers["admin"] = admin;
        foreach (var role in new[] { "manager", "supervisor", "customs" })
        {
            await auth.CreateUserAsync(new CreateUserRequest { Username = "bonded-" + role, Roles = { role }, Password = StaffPassword }, admin);
            callers[role] = Bearer((await auth.LoginAsync(new LoginRequest { Username = "bonded-" + role, Password = StaffPassword })).AccessToken);
        }

        // An operator acts only badged in at a terminal of a workstation (smt-01-aoi comes with the sample plant).
        await auth.CreateUserAsync(new CreateUserRequest { Username = "bonded-operator", DisplayName = "Operator", Roles = { "operator" }, Badge = "BD-0001" }, admin);
        var terminal = await auth.ProvisionTerminalAsync(new ProvisionTerminalRequest { WorkstationId = "smt-01-aoi" }, admin);
        var badge = await auth.BadgeLoginAsync(new BadgeLoginRequest { Badge = "BD-0001" }, new Metadata { { "x-terminal-key", terminal.TerminalKey } });
        callers["operator"] = Bearer(badge.AccessToken);
    }

    private static Metadata Bearer(string token) => new() { { "authorization", "Bearer " + token } };

    private static string Port() => FreePort.Next().ToString(CultureInfo.InvariantCulture);

    private static SocketsHttpHandler TrustOnly(X509Certificate2 expected)
    {
        var pin = expected.GetCertHashString(HashAlgorithmName.SHA256);
        return new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, served, _, _) => served?.GetCertHashString(HashAlgorithmName.SHA256) == pin },
        };
    }
}
