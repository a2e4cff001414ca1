using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Types;
using Mes.Testing;

namespace Mes.PlcSimulator.Tests;

/// <summary>
/// The simulator configured like a PLC out of the box: signed and encrypted endpoints only, a user login, anonymous
/// off. A client gets in once both sides trust each other's certificates, and is refused otherwise.
/// </summary>
public sealed class SecureSimulatorTests : IAsyncLifetime
{
    private const string ClientUri = "urn:zone-mes:silo";
    private readonly string _folder = Directory.CreateTempSubdirectory("plc-simulator-pki-").FullName;
    private readonly int _port = FreePort.Next();
    private ChildProcess _simulator = null!;

    private PkiStore Simulator => new(Path.Combine(_folder, "simulator"));

    private PkiStore Client => new(Path.Combine(_folder, "client"));

    private string Endpoint => $"opc.tcp://127.0.0.1:{_port}";

    public async Task InitializeAsync()
    {
        _simulator = ChildProcess.StartDotnet(Repository.Binary("plc-simulator/Mes.PlcSimulator", "Mes.PlcSimulator.dll"),
            new Dictionary<string, string?> { ["MES_OPCUA_PASSWORD"] = "line-1-secret" },
            "--endpoint", Endpoint, "--security", "SignAndEncrypt", "--user", "operator", "--no-anonymous", "--pki", Simulator.Root);
        await Eventually.True(() => Task.FromResult(_simulator.Output.Contains("serving", StringComparison.Ordinal)), TimeSpan.FromSeconds(60),
            "the simulator to serve", () => _simulator.Output);
    }

    public async Task DisposeAsync()
    {
        await _simulator.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private void TrustEachOther()
    {
        using var simulator = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(
            Assert.Single(Simulator.List(), c => c.Folder == CertificateStoreFolder.Own).Path);
        Client.Add(CertificateStoreFolder.Trusted, simulator);
        using var client = Client.LoadOrCreateApplicationCertificate(ClientUri, "Zone MES silo", ["localhost"]);
        Simulator.Add(CertificateStoreFolder.Trusted, client);
    }

    private UaClientOptions Options(UserIdentity identity) => new()
    {
        ApplicationUri = ClientUri,
        ApplicationName = "Zone MES silo",
        Security = EndpointSecurity.Aes128Sha256RsaOaepSignAndEncrypt,
        Pki = Client,
        Identity = identity,
    };

    [Fact]
    public async Task A_trusted_client_logs_in_with_the_user_and_password_and_reads_the_line()
    {
        TrustEachOther();

        await using var client = await UaClient.ConnectAsync(Endpoint, Options(UserIdentity.UserName("operator", "line-1-secret")));
        var namespaces = (await client.ReadValueAsync(WellKnownNodes.NamespaceArray)).Value.Get<string[]>();

        Assert.Contains("urn:zone-mes:plc-simulator", namespaces);
    }

    [Fact]
    public async Task An_anonymous_client_is_refused()
    {
        TrustEachOther();

        var error = await Assert.ThrowsAsync<ServiceResultException>(() => UaClient.ConnectAsync(Endpoint, Options(UserIdentity.Anonymous)));

        Assert.Equal(StatusCode.BadIdentityTokenRejected, error.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_BadUserAccessDenied()
    {
        TrustEachOther();

        var error = await Assert.ThrowsAsync<ServiceResultException>(() => UaClient.ConnectAsync(Endpoint, Options(UserIdentity.UserName("operator", "guess"))));

        Assert.Equal(StatusCode.BadUserAccessDenied, error.StatusCode);
    }

    [Fact]
    public async Task A_client_the_simulator_does_not_trust_is_refused_and_told_how_to_trust_it()
    {
        using var simulator = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(
            Assert.Single(Simulator.List(), c => c.Folder == CertificateStoreFolder.Own).Path);
        Client.Add(CertificateStoreFolder.Trusted, simulator);

        var error = await Assert.ThrowsAsync<ServiceResultException>(() => UaClient.ConnectAsync(Endpoint, Options(UserIdentity.UserName("operator", "line-1-secret"))));
        var rejected = Assert.Single(Simulator.List(), c => c.Folder == CertificateStoreFolder.Rejected);
        await Eventually.True(() => Task.FromResult(_simulator.Output.Contains($"mes opcua trust {rejected.Thumbprint}", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10), "the simulator to print the trust command", () => _simulator.Output);

        Assert.Equal(StatusCode.BadSecurityChecksFailed, error.StatusCode);
    }

    [Fact]
    public async Task The_simulator_offers_no_None_endpoint_when_told_so()
    {
        var endpoints = await UaClient.GetEndpointsAsync(Endpoint);

        Assert.All(endpoints, e => Assert.Equal(MessageSecurityMode.SignAndEncrypt, e.SecurityMode));
        Assert.All(endpoints, e => Assert.DoesNotContain(e.UserIdentityTokens!, t => t.TokenType == UserTokenType.Anonymous));
    }
}
