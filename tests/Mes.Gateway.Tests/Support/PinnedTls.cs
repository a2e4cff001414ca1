using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;

namespace Mes.Gateway.Tests.Support;

/// <summary>Clients that trust exactly one certificate: the one the gateway under test must serve.</summary>
internal static class PinnedTls
{
    public static SocketsHttpHandler Handler(X509Certificate2 expected)
    {
        var pin = expected.GetCertHashString(HashAlgorithmName.SHA256);
        return new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString(HashAlgorithmName.SHA256) == pin },
        };
    }

    public static GrpcChannel Channel(int port, X509Certificate2 expected) =>
        GrpcChannel.ForAddress($"https://127.0.0.1:{port}", new GrpcChannelOptions { HttpHandler = Handler(expected), DisposeHttpClient = true });

    public static HttpClient Http(int port, X509Certificate2 expected) =>
        new(Handler(expected)) { BaseAddress = new Uri($"https://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
}
