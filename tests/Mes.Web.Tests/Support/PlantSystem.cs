using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Mes.Gateway.Api.V1;
using Mes.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using Orleans.Configuration;

namespace Mes.Web.Tests.Support;

/// <summary>
/// A silo and a gateway as real processes on a fresh PostgreSQL database, an Orleans client that can send
/// machine telemetry to the workstation grains as the equipment agent does, the accounts the pages sign
/// in with, and headless Chromium. The sample plant's machines are moved to an OPC UA endpoint of the
/// fixture's own, so that no simulator another test or ./mes up runs on the default port feeds this
/// plant; with <see cref="RunsSimulator"/> the PLC simulator serves that endpoint and the silo's equipment
/// agent feeds the line from it. The tests of one collection share it and make up ids of their own.
/// </summary>
public class PlantSystem : IAsyncLifetime
{
    public const string AdminPassword = "web-tests-admin-password";
    public const string ManagerUser = "web.manager";
    public const string ManagerPassword = "web-tests-manager-password";
    public const string OperatorBadge = "B1004";
    public const string OperatorName = "Zhang Min";

    private readonly PostgresServer _postgres = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mes-web-tests-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _clusterId = "web" + Guid.NewGuid().ToString("N")[..8];
    private ChildProcess? _silo;
    private ChildProcess? _gateway;
    private IHost? _orleans;
    private IPlaywright? _playwright;
    private ChildProcess? _simulator;

    public int WebPort { get; } = FreePort.Next();
    public int GrpcPort { get; } = FreePort.Next();
    public Uri BaseAddress => new($"https://127.0.0.1:{WebPort}/");
    public GrpcChannel Channel { get; private set; } = null!;
    public Metadata Admin { get; private set; } = [];
    public IBrowser Browser { get; private set; } = null!;
    public IClusterClient Cluster => _orleans!.Services.GetRequiredService<IClusterClient>();
    public PlantScript Script => new(Channel, Admin);

    /// <summary>The OPC UA endpoint the plant's machines are at.</summary>
    public string EquipmentEndpoint { get; } = $"opc.tcp://127.0.0.1:{FreePort.Next()}";

    /// <summary>Whether the PLC simulator serves <see cref="EquipmentEndpoint"/>.</summary>
    protected virtual bool RunsSimulator => false;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var connectionString = await _postgres.CreateDatabaseAsync();
        var common = new Dictionary<string, string?>
        {
            ["MES_POSTGRES"] = connectionString,
            ["Orleans__ClusterId"] = _clusterId,
            ["MES_LOG_FORMAT"] = "text",
        };
        if (RunsSimulator)
        {
            _simulator = await StartSimulator();
        }
        var siloHttp = FreePort.Next();
        _silo = ChildProcess.StartDotnet(Repository.Binary("silo/Mes.Silo", "Mes.Silo.dll"), new Dictionary<string, string?>(common)
        {
            ["MasterData__SamplesPath"] = SamplePlantAt(EquipmentEndpoint),
            ["Silo__SiloPort"] = Port(FreePort.Next()),
            ["Silo__GatewayPort"] = Port(FreePort.Next()),
            ["Silo__HttpPort"] = Port(siloHttp),
        });
        using (var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            await Eventually.True(async () => (await probe.GetAsync(new Uri($"http://127.0.0.1:{siloHttp}/health/ready"))).IsSuccessStatusCode,
                TimeSpan.FromSeconds(120), "the silo to become ready", () => _silo.Output);
        }

        var certificatePath = Path.Combine(_folder, "gateway-dev.pfx");
        _gateway = ChildProcess.StartDotnet(Repository.Binary("gateway/Mes.Gateway", "Mes.Gateway.dll"), new Dictionary<string, string?>(common)
        {
            ["Gateway__GrpcPort"] = Port(GrpcPort),
            ["Gateway__WebPort"] = Port(WebPort),
            ["MES_JWT_SIGNING_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["MES_ADMIN_PASSWORD"] = AdminPassword,
            ["Gateway__Tls__DevelopmentCertificate"] = certificatePath,
        });
        await Eventually.True(() => Task.FromResult(_gateway.Output.Contains("Now listening", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(90), "the gateway to listen", () => _gateway.Output);
        Channel = PinnedChannel(X509CertificateLoader.LoadPkcs12FromFile(certificatePath, null));
        var health = new Health.HealthClient(Channel);
        await Eventually.True(async () => (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving,
            TimeSpan.FromSeconds(90), "the gateway to serve", () => _gateway.Output);

        var auth = new Auth.AuthClient(Channel);
        Admin = Bearer((await auth.LoginAsync(new LoginRequest { Username = "admin", Password = AdminPassword })).AccessToken);
        await auth.CreateUserAsync(new CreateUserRequest { Username = ManagerUser, DisplayName = "Plant Manager", Roles = { "manager" }, Password = ManagerPassword }, Admin);
        await auth.CreateUserAsync(new CreateUserRequest { Username = "zhang.min", DisplayName = OperatorName, Roles = { "operator" }, Badge = OperatorBadge }, Admin);

        _orleans = Host.CreateDefaultBuilder()
            .UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(o => { o.ClusterId = _clusterId; o.ServiceId = "zone-mes"; });
                client.UseAdoNetClustering(o => { o.Invariant = "Npgsql"; o.ConnectionString = connectionString; });
            })
            .Build();
        await _orleans.StartAsync();

        (_playwright, Browser) = await ChromiumBrowser.LaunchAsync();
    }

    // The shipped sample plant with its equipment at another endpoint.
    private string SamplePlantAt(string endpoint)
    {
        var folder = Path.Combine(_folder, "plant");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "samples", "plant"), "*.json"))
        {
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(file)), File.ReadAllText(file).Replace("opc.tcp://127.0.0.1:4840", endpoint, StringComparison.Ordinal));
        }
        return folder;
    }

    private async Task<ChildProcess> StartSimulator()
    {
        var simulator = ChildProcess.StartDotnet(Repository.Binary("plc-simulator/Mes.PlcSimulator", "Mes.PlcSimulator.dll"), new Dictionary<string, string?>(),
            "--endpoint", EquipmentEndpoint);
        var port = new Uri(EquipmentEndpoint.Replace("opc.tcp://", "tcp://", StringComparison.Ordinal)).Port;
        await Eventually.True(async () =>
        {
            using var probe = new System.Net.Sockets.TcpClient();
            await probe.ConnectAsync(System.Net.IPAddress.Loopback, port);
            return true;
        }, TimeSpan.FromSeconds(60), "the PLC simulator to listen", () => simulator.Output);
        return simulator;
    }

    /// <summary>A provisioned terminal key for a workstation, as an administrator hands it to a kiosk.</summary>
    public async Task<string> ProvisionTerminal(string workstationId) =>
        (await new Auth.AuthClient(Channel).ProvisionTerminalAsync(new ProvisionTerminalRequest { WorkstationId = workstationId, Name = "kiosk " + workstationId }, Admin)).TerminalKey;

    /// <summary>A new browser context (a kiosk or a manager's browser of its own) that accepts the gateway's development certificate.</summary>
    public Task<IBrowserContext> NewContext(string locale = "zh-CN") =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            Locale = locale,
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
        });

    /// <summary>What the gateway process wrote, for a failing test's message.</summary>
    public string GatewayOutput => _gateway?.Output ?? "";

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        Channel?.Dispose();
        if (_orleans is not null)
        {
            await _orleans.StopAsync();
            _orleans.Dispose();
        }
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
        await _postgres.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static Metadata Bearer(string token) => new() { { "authorization", "Bearer " + token } };

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private GrpcChannel PinnedChannel(X509Certificate2 certificate)
    {
        var pin = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        var handler = new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, served, _, _) => served?.GetCertHashString(HashAlgorithmName.SHA256) == pin },
        };
        return GrpcChannel.ForAddress($"https://127.0.0.1:{GrpcPort}", new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }
}

[CollectionDefinition(Name)]
public sealed class PlantCollection : ICollectionFixture<PlantSystem>
{
    public const string Name = "plant in a browser";
}
