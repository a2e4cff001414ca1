using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Server;

namespace Mes.OpcUa.Tests.Interop;

/// <summary>
/// Runs tests/interop/secure-client.js once against two of our servers offering every policy and mode — one with a
/// 2048-bit certificate, one with a 4096-bit certificate (the extra padding byte) — that trust the node-opcua client
/// certificate and X509 user, and keeps its check lines by name.
/// </summary>
public sealed class SecureNodeOpcUaClientRun : IAsyncLifetime
{
    private readonly InteropCertificates _certificates = new();
    private readonly string _root = Directory.CreateTempSubdirectory("mes-opcua-secure-run-").FullName;
    private NodeCheckRun? _run;
    private InteropPlant? _plant;
    private InteropPlant? _largeKeyPlant;

    /// <summary>The server's PKI store (its rejected/ folder shows refused clients).</summary>
    internal PkiStore ServerPki { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ServerPki = new PkiStore(Path.Combine(_root, "server"));
        ServerPki.Add(CertificateStoreFolder.Trusted, _certificates.NodeCertificate);
        var userPki = new PkiStore(Path.Combine(_root, "users"));
        userPki.Add(CertificateStoreFolder.Trusted, _certificates.UserCertificate);
        var options = new UaServerOptions { Endpoints = EndpointSecurity.All, Pki = ServerPki, UserPki = userPki };
        _plant = await InteropPlant.StartAsync(options);
        using var largeKey = ApplicationCertificate.CreateSelfSigned(options.ApplicationUri, "large key server", ["127.0.0.1", "localhost"],
            DateTimeOffset.UtcNow, TimeSpan.FromDays(30), keySize: 4096);
        _largeKeyPlant = await InteropPlant.StartAsync(options with { Certificate = largeKey });
        InteropCertificates.TrustAtNode(_certificates.NodePki, _plant.Server.Certificate);
        InteropCertificates.TrustAtNode(_certificates.NodePki, _largeKeyPlant.Server.Certificate);
        _run = await NodeCheckRun.RunAsync("secure-client.js",
        [
            _plant.Server.EndpointUrl, InteropPlant.NamespaceUri,
            "--pki", _certificates.NodePki,
            "--cert", _certificates.NodeCertificatePem, "--key", _certificates.NodeKeyPem,
            "--application-uri", InteropCertificates.NodeApplicationUri,
            "--user-cert", _certificates.UserCertificatePem, "--user-key", _certificates.UserKeyPem,
            "--stranger-cert", _certificates.StrangerCertificatePem, "--stranger-key", _certificates.StrangerKeyPem,
            "--large-key-url", _largeKeyPlant.Server.EndpointUrl,
        ], TimeSpan.FromMinutes(5));
    }

    public void AssertPassed(string check) => _run!.AssertPassed(check);

    public async Task DisposeAsync()
    {
        if (_plant is not null) await _plant.DisposeAsync();
        if (_largeKeyPlant is not null) await _largeKeyPlant.DisposeAsync();
        _certificates.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the operating system to clean.
        }
    }
}
