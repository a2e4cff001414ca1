using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Transport;
using Mes.OpcUa.Tests.Security;
using Mes.Testing;

namespace Mes.OpcUa.Tests.Interop;

[Trait("Category", "Interop")]
public sealed class SecureClientAgainstNodeOpcUaTests(SecureNodeOpcUaServer server) : IClassFixture<SecureNodeOpcUaServer>
{
    public static TheoryData<string, string> Combinations()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in EndpointSecurity.All)
        {
            foreach (var identity in new[] { "anonymous", "username", "x509" }) data.Add(endpoint.ToString(), identity);
        }
        return data;
    }

    private UaClientOptions Options(string endpoint, string identity) => new()
    {
        ApplicationUri = InteropCertificates.OurApplicationUri,
        Security = EndpointSecurity.Parse(endpoint.Split(' ')[0], endpoint.Split(' ')[1]),
        Pki = server.Certificates.Ours,
        RequestTimeout = TimeSpan.FromSeconds(20),
        Identity = identity switch
        {
            "username" => UserIdentity.UserName("operator", "secret"),
            "x509" => UserIdentity.Certificate(server.Certificates.UserCertificate),
            _ => UserIdentity.Anonymous,
        },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task Our_client_reads_from_node_opcua_with_every_policy_mode_and_identity(string endpoint, string identity)
    {
        await using var client = await UaClient.ConnectAsync(server.EndpointUrl, Options(endpoint, identity));

        var value = await client.ReadValueAsync(new NodeId("Scalars.Double", 1));

        Assert.Equal(Math.PI, value.Value.Get<double>());
    }

    [Fact]
    public async Task A_wrong_password_on_a_signed_and_encrypted_endpoint_is_refused_with_BadUserAccessDenied()
    {
        var options = Options("Basic256Sha256 SignAndEncrypt", "anonymous") with { Identity = UserIdentity.UserName("operator", "wrong") };

        var error = await Assert.ThrowsAsync<ServiceResultException>(() => UaClient.ConnectAsync(server.EndpointUrl, options));

        Assert.Equal(StatusCode.BadUserAccessDenied, error.StatusCode);
    }

    [Fact]
    public async Task A_client_whose_certificate_node_opcua_does_not_trust_is_refused()
    {
        var options = Options("Basic256Sha256 SignAndEncrypt", "anonymous") with { Pki = server.Certificates.Stranger };
        server.Certificates.Stranger.Add(CertificateStoreFolder.Trusted, server.Certificates.NodeCertificate);

        var error = await Assert.ThrowsAsync<ServiceResultException>(() => UaClient.ConnectAsync(server.EndpointUrl, options));

        Assert.Equal(StatusCode.BadSecurityChecksFailed, error.StatusCode);
    }

    [Fact]
    public async Task A_server_certificate_the_client_does_not_trust_is_refused_kept_in_rejected_and_accepted_once_trusted()
    {
        using var pki = new TemporaryPki();
        using (pki.Store.LoadOrCreateApplicationCertificate(InteropCertificates.OurApplicationUri, "Zone MES interop", ["localhost"]))
        {
        }
        var options = Options("Aes128_Sha256_RsaOaep SignAndEncrypt", "anonymous") with { Pki = pki.Store };
        var ours = pki.Store.List().Single(c => c.Folder == CertificateStoreFolder.Own);
        InteropCertificates.TrustAtNode(server.Certificates.NodePki, X509CertificateLoader.LoadCertificateFromFile(ours.Path));

        var error = await Assert.ThrowsAsync<ServiceResultException>(() => UaClient.ConnectAsync(server.EndpointUrl, options));
        var rejected = Assert.Single(pki.Store.List(), c => c.Folder == CertificateStoreFolder.Rejected);
        pki.Store.Trust(rejected.Thumbprint[..10]);
        // node-opcua notices our certificate in its trusted folder through a file watcher, in its own time.
        await Eventually.True(async () =>
        {
            await using var client = await UaClient.ConnectAsync(server.EndpointUrl, options);
            return client.IsConnected;
        }, TimeSpan.FromSeconds(60), "a connection once each side trusts the other");

        Assert.Equal(StatusCode.BadCertificateUntrusted, error.StatusCode);
        Assert.Equal(server.Certificates.NodeCertificate.Thumbprint, rejected.Thumbprint);
    }

    [Fact]
    public async Task A_20000_element_array_arrives_whole_across_encrypted_8_KiB_chunks()
    {
        var options = Options("Basic256Sha256 SignAndEncrypt", "anonymous") with
        {
            TransportLimits = new TransportLimits { ReceiveBufferSize = 8192, SendBufferSize = 8192 },
        };
        await using var client = await UaClient.ConnectAsync(server.EndpointUrl, options);

        var value = await client.ReadValueAsync(new NodeId("Arrays.Big", 1));

        Assert.Equal(Enumerable.Range(0, 20000).Select(i => i * 0.5), value.Value.Get<double[]>());
    }

    [Fact]
    public async Task A_client_with_a_4096_bit_key_gets_answers_node_opcua_padded_with_the_extra_byte()
    {
        using var pki = new TemporaryPki();
        using (var large = pki.Store.LoadOrCreateApplicationCertificate(InteropCertificates.OurApplicationUri, "Zone MES 4096", ["localhost"], keySize: 4096))
            InteropCertificates.TrustAtNode(server.Certificates.NodePki, large);
        pki.Store.Add(CertificateStoreFolder.Trusted, server.Certificates.NodeCertificate);
        var options = Options("Basic256Sha256 SignAndEncrypt", "username") with { Pki = pki.Store };

        await using var client = await UaClient.ConnectAsync(server.EndpointUrl, options);
        var value = await client.ReadValueAsync(new NodeId("Scalars.Double", 1));

        Assert.Equal(Math.PI, value.Value.Get<double>());
    }

    [Fact]
    public async Task The_security_token_is_renewed_under_a_short_lifetime_while_the_subscription_keeps_delivering()
    {
        // Short enough for several renewals in one test, long enough that a renewal delayed by a loaded machine still
        // lands inside the overlap window (renewal at 75 %, old token honoured to 125 %).
        var options = Options("Aes128_Sha256_RsaOaep SignAndEncrypt", "anonymous") with { SecureChannelLifetime = TimeSpan.FromSeconds(5) };
        await using var client = await UaClient.ConnectAsync(server.EndpointUrl, options);
        await using var subscription = await client.SubscribeAsync(
            [new MonitoredNode(new NodeId("Machine1.Counter", 1), 1) { SamplingInterval = TimeSpan.FromMilliseconds(50), QueueSize = 100 }],
            new SubscriptionOptions { PublishingInterval = TimeSpan.FromMilliseconds(200) });
        var tokens = new HashSet<uint> { client.SecurityTokenId };
        var seen = new List<uint>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));

        await foreach (var batch in subscription.ReadChangesAsync(timeout.Token))
        {
            foreach (var change in batch.Values) seen.Add(change.Value.Value.Get<uint>());
            tokens.Add(client.SecurityTokenId);
            if (tokens.Count >= 3 && seen.Count >= 40) break;
        }

        Assert.True(tokens.Count >= 3);
        Assert.All(seen.Zip(seen.Skip(1)), pair => Assert.Equal(pair.First + 1, pair.Second));
    }
}
