using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Health.V1;
using Mes.Bench.Load.Gateway;
using Mes.Testing;

namespace Mes.Resilience.Tests.Support;

/// <summary>
/// The gateway program on free ports, with the secrets <c>./mes up</c> gives it, reached over TLS by clients that pin
/// the development certificate it generated; signed in as the first administrator.
/// </summary>
public sealed class GatewayNode : IAsyncDisposable
{
    private const string AdminPassword = "resilience-admin-password";
    private readonly string _secrets;

    private GatewayNode(ChildProcess process, string secrets, GatewayConnection connection)
    {
        Process = process;
        _secrets = secrets;
        Connection = connection;
    }

    /// <summary>The process.</summary>
    public ChildProcess Process { get; }

    /// <summary>The TLS channel to its gRPC port.</summary>
    public GatewayConnection Connection { get; }

    /// <summary>Headers of the first administrator.</summary>
    public Metadata Admin { get; private set; } = [];

    /// <summary>Starts the gateway as an Orleans client of the cluster and waits until it serves.</summary>
    public static async Task<GatewayNode> StartAsync(IReadOnlyDictionary<string, string?> cluster)
    {
        var secrets = Directory.CreateTempSubdirectory("mes-resilience-secrets-").FullName;
        var grpcPort = FreePort.Next();
        var process = ChildProcess.StartDotnet(Repository.Binary("gateway/Mes.Gateway", "Mes.Gateway.dll"), new Dictionary<string, string?>(cluster)
        {
            ["Gateway__GrpcPort"] = grpcPort.ToString(CultureInfo.InvariantCulture),
            ["Gateway__WebPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["MES_JWT_SIGNING_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["MES_ADMIN_PASSWORD"] = AdminPassword,
            ["Gateway__Tls__DevelopmentCertificate"] = Path.Combine(secrets, "gateway-dev.pfx"),
        });
        await Eventually.True(() => Task.FromResult(process.Output.Contains("Now listening", StringComparison.Ordinal) || process.HasExited),
            TimeSpan.FromSeconds(90), "the gateway to listen", () => process.Output);
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(secrets, "gateway-dev.pfx"), null);
        var gateway = new GatewayNode(process, secrets, GatewayConnection.Open(new Uri($"https://127.0.0.1:{grpcPort}"), certificate));
        var health = new Health.HealthClient(gateway.Connection.Channel);
        await Eventually.True(async () => (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving,
            TimeSpan.FromSeconds(90), "the gateway's health check to report SERVING", () => process.Output);
        gateway.Admin = await gateway.Connection.LogIn("admin", AdminPassword);
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        Connection.Dispose();
        await Process.DisposeAsync();
        Directory.Delete(_secrets, recursive: true);
    }
}
