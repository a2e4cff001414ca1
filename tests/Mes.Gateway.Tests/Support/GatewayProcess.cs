using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Mes.Testing;

namespace Mes.Gateway.Tests.Support;

/// <summary>
/// The gateway program as a real process on free ports, with the environment a plant gives it,
/// reached over TLS by clients that trust only the certificate it is expected to serve.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private GatewayProcess(ChildProcess process, int grpcPort, int webPort, X509Certificate2 certificate)
    {
        Process = process;
        GrpcPort = grpcPort;
        WebPort = webPort;
        Certificate = certificate;
        Channel = PinnedTls.Channel(grpcPort, certificate);
        Http = PinnedTls.Http(webPort, certificate);
    }

    public ChildProcess Process { get; }
    public int GrpcPort { get; }
    public int WebPort { get; }
    public X509Certificate2 Certificate { get; }
    public GrpcChannel Channel { get; }
    public HttpClient Http { get; }

    /// <summary>
    /// Starts the gateway; <paramref name="expectedCertificate"/> is what it must serve, read after
    /// it started when it is the development certificate it creates itself.
    /// </summary>
    public static async Task<GatewayProcess> StartAsync(IReadOnlyDictionary<string, string?> environment, Func<X509Certificate2> expectedCertificate)
    {
        var grpcPort = FreePort.Next();
        var webPort = FreePort.Next();
        var process = ChildProcess.StartDotnet(Repository.Binary("gateway/Mes.Gateway", "Mes.Gateway.dll"), new Dictionary<string, string?>(environment)
        {
            ["Gateway__GrpcPort"] = grpcPort.ToString(CultureInfo.InvariantCulture),
            ["Gateway__WebPort"] = webPort.ToString(CultureInfo.InvariantCulture),
        });
        await Eventually.True(() => Task.FromResult(process.Output.Contains("Now listening on", StringComparison.Ordinal) || process.HasExited),
            TimeSpan.FromSeconds(90), "the gateway process to listen", () => process.Output);
        if (process.HasExited)
        {
            throw new InvalidOperationException($"The gateway exited while starting:\n{process.Output}");
        }
        var gateway = new GatewayProcess(process, grpcPort, webPort, expectedCertificate());
        var health = new Health.HealthClient(gateway.Channel);
        await Eventually.True(async () => (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving,
            TimeSpan.FromSeconds(60), "the gateway's gRPC health check to report SERVING", () => process.Output);
        return gateway;
    }

    /// <summary>Headers carrying a bearer token.</summary>
    public static Metadata Bearer(string token) => new() { { "authorization", "Bearer " + token } };

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        Http.Dispose();
        await Process.DisposeAsync();
    }
}
