using System.Globalization;

namespace Mes.OpcUa.Tests.Interop;

/// <summary>A node-opcua server with every security policy and mode, trust lists for our certificates and an X509 user, killed on dispose.</summary>
public sealed class SecureNodeOpcUaServer : IAsyncLifetime
{
    private NodeServerProcess? _server;

    internal InteropCertificates Certificates { get; } = new();

    public string EndpointUrl => _server?.EndpointUrl ?? "";

    public async Task InitializeAsync() =>
        _server = await NodeServerProcess.StartAsync(
        [
            NodeRuntime.FreePort().ToString(CultureInfo.InvariantCulture),
            "--pki", Certificates.NodePki,
            "--user-pki", Certificates.NodeUserPki,
            "--cert", Certificates.NodeCertificatePem,
            "--key", Certificates.NodeKeyPem,
            "--application-uri", InteropCertificates.NodeApplicationUri,
        ]);

    public Task DisposeAsync()
    {
        if (_server is { } server) File.WriteAllText(Path.Combine(NodeRuntime.Home, "secure-server.log"), server.Log);
        _server?.Dispose();
        Certificates.Dispose();
        return Task.CompletedTask;
    }
}
