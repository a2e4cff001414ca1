using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Server;
using Mes.OpcUa.Tests.Server;

namespace Mes.OpcUa.Tests.Security;

public sealed class SecureSessionTests : IAsyncLifetime
{
    private readonly TestPki _pki = new();
    private readonly TemporaryPki _users = new();
    private TestPlant _plant = null!;

    public async Task InitializeAsync()
    {
        _pki.TrustClient();
        _plant = await TestPlant.StartAsync(new UaServerOptions { Endpoints = EndpointSecurity.All, Pki = _pki.Server, UserPki = _users.Store });
        _pki.TrustServer(_plant.Server.Certificate);
    }

    public async Task DisposeAsync()
    {
        await _plant.DisposeAsync();
        _pki.Dispose();
        _users.Dispose();
    }

    public static TheoryData<string> Endpoints => new(EndpointSecurity.All.Select(e => e.ToString()));

    private UaClientOptions Options(EndpointSecurity security, UserIdentity identity) => new()
    {
        ApplicationUri = TestPki.ClientUri,
        Security = security,
        Pki = _pki.Client,
        Identity = identity,
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_client_reads_over_every_policy_and_mode_with_a_password(string endpoint)
    {
        var security = EndpointSecurity.Parse(endpoint.Split(' ')[0], endpoint.Split(' ')[1]);

        await using var client = await UaClient.ConnectAsync(_plant.Url, Options(security, UserIdentity.UserName("operator", "secret")));
        var value = await client.ReadValueAsync(_plant.Temperature.NodeId);

        Assert.Equal(20.0, value.Value.Get<double>());
    }

    [Fact]
    public async Task A_wrong_password_on_an_encrypted_endpoint_is_refused_with_BadUserAccessDenied()
    {
        var error = await Assert.ThrowsAsync<ServiceResultException>(() =>
            UaClient.ConnectAsync(_plant.Url, Options(EndpointSecurity.Aes128Sha256RsaOaepSignAndEncrypt, UserIdentity.UserName("operator", "guess"))));

        Assert.Equal(StatusCode.BadUserAccessDenied, error.StatusCode);
    }

    [Fact]
    public async Task A_user_certificate_the_server_trusts_opens_a_session()
    {
        using var user = ApplicationCertificate.CreateSelfSigned("urn:user:4711", "operator 4711", [], DateTimeOffset.UtcNow, TimeSpan.FromDays(1));
        _users.Store.Add(CertificateStoreFolder.Trusted, user);

        await using var client = await UaClient.ConnectAsync(_plant.Url, Options(EndpointSecurity.Basic256Sha256Sign, UserIdentity.Certificate(user)));

        Assert.True((await client.ReadValueAsync(_plant.Temperature.NodeId)).Status.IsGood);
    }

    [Fact]
    public async Task A_user_certificate_the_server_does_not_trust_is_refused_with_BadIdentityTokenRejected()
    {
        using var user = ApplicationCertificate.CreateSelfSigned("urn:user:4712", "operator 4712", [], DateTimeOffset.UtcNow, TimeSpan.FromDays(1));

        var error = await Assert.ThrowsAsync<ServiceResultException>(() =>
            UaClient.ConnectAsync(_plant.Url, Options(EndpointSecurity.Basic256Sha256SignAndEncrypt, UserIdentity.Certificate(user))));

        Assert.Equal(StatusCode.BadIdentityTokenRejected, error.StatusCode);
    }

    [Fact]
    public async Task A_server_certificate_that_does_not_name_the_host_dialled_is_refused_with_BadCertificateHostNameInvalid()
    {
        using var pki = new TestPki();
        pki.TrustClient();
        using var certificate = ApplicationCertificate.CreateSelfSigned("urn:zone-mes:opcua-server", "elsewhere", ["plc-01.example"], DateTimeOffset.UtcNow, TimeSpan.FromDays(1));
        await using var plant = await TestPlant.StartAsync(new UaServerOptions { Endpoints = EndpointSecurity.All, Pki = pki.Server, Certificate = certificate });
        pki.TrustServer(certificate);
        var options = Options(EndpointSecurity.Basic256Sha256SignAndEncrypt, UserIdentity.Anonymous) with { Pki = pki.Client };

        var error = await Assert.ThrowsAsync<ServiceResultException>(() => UaClient.ConnectAsync(plant.Url, options));
        await using var lenient = await UaClient.ConnectAsync(plant.Url, options with { CheckServerHostName = false });

        Assert.Equal(StatusCode.BadCertificateHostNameInvalid, error.StatusCode);
        Assert.True(lenient.IsConnected);
    }

    [Fact]
    public async Task A_client_asking_for_security_the_server_does_not_offer_is_told_what_it_offers()
    {
        using var pki = new TestPki();
        await using var plant = await TestPlant.StartAsync(new UaServerOptions { Endpoints = [EndpointSecurity.Basic256Sha256SignAndEncrypt], Pki = pki.Server });

        var error = await Assert.ThrowsAsync<ServiceResultException>(() => UaClient.ConnectAsync(plant.Url));

        Assert.Equal(StatusCode.BadSecurityModeRejected, error.StatusCode);
        Assert.Contains("Basic256Sha256 SignAndEncrypt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_None_channel_on_a_server_with_secure_endpoints_only_serves_GetEndpoints_but_no_session()
    {
        using var pki = new TestPki();
        await using var plant = await TestPlant.StartAsync(new UaServerOptions { Endpoints = [EndpointSecurity.Basic256Sha256SignAndEncrypt], Pki = pki.Server });
        await using var raw = await BadInput.RawConnection.ConnectAsync(plant.Url);
        await raw.OpenAsync();

        await raw.SendAsync(raw.Message(BadInput.RawConnection.Request(new Types.GetEndpointsRequest())));
        var endpoints = await raw.ReadAsync();
        await raw.SendAsync(raw.Message(BadInput.RawConnection.Request(new Types.CreateSessionRequest { ClientNonce = new byte[32] })));
        var session = await raw.ReadAsync() ?? throw new InvalidOperationException("no answer");
        var reader = new UaReader(session.Payload.AsSpan(16));

        Assert.Equal(Types.GetEndpointsResponse.EncodingId, new UaReader(endpoints!.Value.Payload.AsSpan(16)).ReadNodeId());
        Assert.Equal(Types.ServiceFault.EncodingId, reader.ReadNodeId());
        Assert.Equal(StatusCode.BadSecurityPolicyRejected, Types.ServiceFault.Decode(ref reader).ResponseHeader.ServiceResult);
    }

    [Fact]
    public void A_secure_endpoint_without_a_trust_list_is_refused_when_the_server_is_built()
    {
        var error = Assert.Throws<ArgumentException>(() => new UaServer(new UaServerOptions { Endpoints = [EndpointSecurity.Basic256Sha256Sign] }));

        Assert.Contains("UaServerOptions.Pki", error.Message, StringComparison.Ordinal);
    }
}
