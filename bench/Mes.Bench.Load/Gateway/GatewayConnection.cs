using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Net.Client;
using Mes.Gateway.Api.V1;

namespace Mes.Bench.Load.Gateway;

/// <summary>
/// gRPC over TLS to the gateway, trusting exactly the certificate it is expected to serve (the development certificate
/// <c>./mes up</c> generated, pinned by its SHA-256), with several HTTP/2 connections so that hundreds of terminals do
/// not queue behind one connection's stream limit.
/// </summary>
public sealed class GatewayConnection : IDisposable
{
    private GatewayConnection(GrpcChannel channel) => Channel = channel;

    /// <summary>The channel every client of this connection uses.</summary>
    public GrpcChannel Channel { get; }

    /// <summary>Opens a channel to <paramref name="address"/> that trusts only <paramref name="certificate"/> (any, when null).</summary>
    public static GatewayConnection Open(Uri address, X509Certificate2? certificate)
    {
        var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan };
        if (certificate is not null)
        {
            var pin = certificate.GetCertHashString(HashAlgorithmName.SHA256);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, served, _, _) => served?.GetCertHashString(HashAlgorithmName.SHA256) == pin;
        }

        return new GatewayConnection(GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true }));
    }

    /// <summary>Logs in with a password and returns the bearer headers.</summary>
    public async Task<Metadata> LogIn(string username, string password)
    {
        var token = await new Auth.AuthClient(Channel).LoginAsync(new LoginRequest { Username = username, Password = password });
        return Bearer(token.AccessToken);
    }

    /// <summary>Headers carrying a bearer token.</summary>
    public static Metadata Bearer(string token) => new() { { "authorization", "Bearer " + token } };

    public void Dispose() => Channel.Dispose();
}
