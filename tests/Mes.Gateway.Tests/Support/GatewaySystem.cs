using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using Mes.Testing;

namespace Mes.Gateway.Tests.Support;

/// <summary>
/// One silo and one gateway as real processes on a fresh PostgreSQL database, configured as
/// <c>./mes up</c> configures them (signing key and first admin from the environment, the
/// development certificate) plus an external issuer whose keys the fixture holds. It seeds a
/// caller for every role: accounts, an API key, a terminal, and an operator badged in there.
/// </summary>
public sealed class GatewaySystem : IAsyncLifetime
{
    public const string AdminPassword = "fixture-admin-password";
    public const string StaffPassword = "fixture-staff-password";
    public const string OperatorBadge = "FX-0001";
    public const string TerminalWorkstation = "smt-01-aoi";
    public const string OtherWorkstation = "smt-01-spi";
    public const string ExternalIssuer = "https://idp.plant.test/realms/mes";
    public const string ExternalAudience = "zone-mes-external";

    private readonly PostgresServer _postgres = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mes-gateway-tests-" + Guid.NewGuid().ToString("N")[..8]);
    private SiloProcess? _silo;
    private GatewayProcess? _gateway;

    public string ConnectionString { get; private set; } = "";
    public string ClusterId { get; } = "gw" + Guid.NewGuid().ToString("N")[..8];
    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public string DevelopmentCertificatePath => Path.Combine(_folder, "secrets", "gateway-dev.pfx");
    public RSA ExternalKey { get; } = RSA.Create(2048);
    public GatewayProcess Gateway => _gateway!;
    public SiloProcess Silo => _silo!;
    public Api.V1.Auth.AuthClient Auth => new(Gateway.Channel);
    public Plant.PlantClient Plant => new(Gateway.Channel);

    /// <summary>Headers that authenticate as each principal of the matrix: <c>anonymous</c> and every role.</summary>
    public IReadOnlyDictionary<string, Metadata> Callers { get; private set; } = new Dictionary<string, Metadata>();

    public Metadata Admin => Callers[Role.Admin];

    /// <summary>The environment of a gateway of this system; tests start more gateways with variations.</summary>
    public Dictionary<string, string?> GatewayEnvironment() => new()
    {
        ["MES_POSTGRES"] = ConnectionString,
        ["Orleans__ClusterId"] = ClusterId,
        ["MES_LOG_FORMAT"] = "text",
        ["MES_JWT_SIGNING_KEY"] = SigningKey,
        ["MES_ADMIN_PASSWORD"] = AdminPassword,
        ["Gateway__Tls__DevelopmentCertificate"] = DevelopmentCertificatePath,
        ["Auth__External__Issuer"] = ExternalIssuer,
        ["Auth__External__Audience"] = ExternalAudience,
        ["Auth__External__JwksPath"] = Path.Combine(_folder, "external-jwks.json"),
        // As talkative as the request path gets, so that the no-secret checks see the most.
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Debug",
        ["Logging__LogLevel__Grpc"] = "Debug",
        ["Logging__LogLevel__Mes"] = "Debug",
    };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "external-jwks.json"), ExternalTokens.Jwks(ExternalKey));
        ConnectionString = await _postgres.CreateDatabaseAsync();
        _silo = await SiloProcess.StartAsync(ConnectionString, ClusterId);
        _gateway = await GatewayProcess.StartAsync(GatewayEnvironment(), () => X509CertificateLoader.LoadPkcs12FromFile(DevelopmentCertificatePath, null));
        await Seed();
    }

    private async Task Seed()
    {
        var admin = GatewayProcess.Bearer((await Auth.LoginAsync(new LoginRequest { Username = "admin", Password = AdminPassword })).AccessToken);
        var callers = new Dictionary<string, Metadata> { ["anonymous"] = [], [Role.Admin] = admin };
        foreach (var role in new[] { Role.Supervisor, Role.Manager, Role.Customs })
        {
            callers[role] = GatewayProcess.Bearer((await CreateStaffAndLogIn("fixture-" + role, role)).AccessToken);
        }
        var apiKey = await Auth.CreateApiKeyAsync(new CreateApiKeyRequest { Name = "fixture-integration" }, admin);
        callers[Role.Integration] = new Metadata { { Schemes.ApiKeyHeader, apiKey.ApiKey } };
        await Auth.CreateUserAsync(new CreateUserRequest { Username = "fixture-operator", DisplayName = "Fixture Operator", Roles = { Role.Operator }, Badge = OperatorBadge }, admin);
        var terminal = await ProvisionTerminal(TerminalWorkstation);
        callers[Role.Terminal] = terminal;
        var operatorToken = await Auth.BadgeLoginAsync(new BadgeLoginRequest { Badge = OperatorBadge }, terminal);
        callers[Role.Operator] = GatewayProcess.Bearer(operatorToken.AccessToken);
        Callers = callers;
    }

    /// <summary>Creates an account with one role and the staff password, and logs it in.</summary>
    public async Task<Token> CreateStaffAndLogIn(string username, string role)
    {
        await Auth.CreateUserAsync(new CreateUserRequest { Username = username, Roles = { role }, Password = StaffPassword }, await AdminHeaders());
        return await Auth.LoginAsync(new LoginRequest { Username = username, Password = StaffPassword });
    }

    /// <summary>Provisions a terminal at <paramref name="workstationId"/> and returns its key headers.</summary>
    public async Task<Metadata> ProvisionTerminal(string workstationId)
    {
        var provisioned = await Auth.ProvisionTerminalAsync(new ProvisionTerminalRequest { WorkstationId = workstationId }, await AdminHeaders());
        return new Metadata { { Schemes.TerminalKeyHeader, provisioned.TerminalKey } };
    }

    private async Task<Metadata> AdminHeaders() =>
        Callers.TryGetValue(Role.Admin, out var admin) ? admin
        : GatewayProcess.Bearer((await Auth.LoginAsync(new LoginRequest { Username = "admin", Password = AdminPassword })).AccessToken);

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
        await _postgres.DisposeAsync();
        ExternalKey.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewaySystem>
{
    public const string Name = "gateway";
}
