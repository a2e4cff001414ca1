namespace Mes.Gateway.Hosting;

/// <summary>Where the gateway listens (configuration section <c>Gateway</c>).</summary>
public sealed class GatewayEndpoints
{
    /// <summary>Address to bind; loopback unless the plant network should reach the gateway directly.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>gRPC over HTTP/2.</summary>
    public int GrpcPort { get; set; } = 5100;

    /// <summary>HTTP/1.1 and HTTP/2: JSON transcoding, health, metrics, and later the web UI.</summary>
    public int WebPort { get; set; } = 5101;

    /// <summary>The certificate both ports serve TLS with.</summary>
    public TlsOptions Tls { get; set; } = new();
}
