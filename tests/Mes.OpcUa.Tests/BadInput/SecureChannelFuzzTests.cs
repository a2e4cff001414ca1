using System.Security.Cryptography.X509Certificates;
using CsCheck;
using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Server;
using Mes.OpcUa.Tests.Security;
using Mes.OpcUa.Tests.Server;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.BadInput;

/// <summary>
/// Attacks on a secured channel: each is answered with an Error frame, the connection is closed, and the server goes
/// on serving a well-behaved secure client.
/// </summary>
public sealed class SecureChannelFuzzTests : IAsyncLifetime
{
    private readonly TestPki _pki = new();
    private TestPlant _plant = null!;
    private X509Certificate2 _client = null!;

    public async Task InitializeAsync()
    {
        _pki.TrustClient();
        _client = _pki.Client.LoadOrCreateApplicationCertificate(TestPki.ClientUri, "test client", ["localhost"]);
        _plant = await TestPlant.StartAsync(new UaServerOptions { Endpoints = EndpointSecurity.All, Pki = _pki.Server });
        _pki.TrustServer(_plant.Server.Certificate);
    }

    public async Task DisposeAsync()
    {
        await _plant.DisposeAsync();
        _client.Dispose();
        _pki.Dispose();
    }

    private Task<SecureRawConnection> OpenAsync(MessageSecurityMode mode = MessageSecurityMode.SignAndEncrypt) =>
        SecureRawConnection.OpenAsync(_plant.Url, _client, _plant.Server.Certificate, RsaSecurityPolicy.Basic256Sha256, mode);

    private static GetEndpointsRequest Request() => new() { EndpointUrl = "opc.tcp://127.0.0.1" };

    private async Task AssertRefusedAsync(SecureRawConnection raw, StatusCode expected)
    {
        Assert.Equal(expected, await raw.Raw.ReadErrorAsync());
        Assert.True(await raw.Raw.IsClosedByServerAsync());
        await using var client = await UaClient.ConnectAsync(_plant.Url, new UaClientOptions
        {
            ApplicationUri = TestPki.ClientUri,
            Security = EndpointSecurity.Basic256Sha256SignAndEncrypt,
            Pki = _pki.Client,
        });
        Assert.True((await client.ReadValueAsync(WellKnownNodes.ServerStatusState)).Status.IsGood);
    }

    [Fact]
    public async Task A_valid_secured_message_is_answered()
    {
        await using var raw = await OpenAsync();

        await raw.Raw.SendAsync(raw.Message(Request()));

        Assert.Equal("MSG", (await raw.Raw.ReadAsync())?.Type);
    }

    [Fact]
    public async Task A_signed_message_with_a_wrong_signature_is_refused_with_BadSecurityChecksFailed()
    {
        await using var raw = await OpenAsync(MessageSecurityMode.Sign);
        var chunk = raw.Message(Request());
        chunk[^1] ^= 0x80;

        await raw.Raw.SendAsync(chunk);

        await AssertRefusedAsync(raw, StatusCode.BadSecurityChecksFailed);
    }

    [Fact]
    public async Task An_encrypted_message_with_a_changed_cipher_block_is_refused_with_BadSecurityChecksFailed()
    {
        await using var raw = await OpenAsync();
        var chunk = raw.Message(Request());
        chunk[30] ^= 0x01;

        await raw.Raw.SendAsync(chunk);

        await AssertRefusedAsync(raw, StatusCode.BadSecurityChecksFailed);
    }

    [Fact]
    public async Task A_correctly_signed_message_with_bad_padding_is_refused_with_BadSecurityChecksFailed()
    {
        await using var raw = await OpenAsync();

        await raw.Raw.SendAsync(raw.MessageWithBadPadding(Request()));

        await AssertRefusedAsync(raw, StatusCode.BadSecurityChecksFailed);
    }

    [Fact]
    public async Task A_replayed_message_is_refused_with_BadSequenceNumberInvalid()
    {
        await using var raw = await OpenAsync();
        var chunk = raw.Message(Request());
        await raw.Raw.SendAsync(chunk);
        Assert.Equal("MSG", (await raw.Raw.ReadAsync())?.Type);

        await raw.Raw.SendAsync(chunk);

        await AssertRefusedAsync(raw, StatusCode.BadSequenceNumberInvalid);
    }

    [Fact]
    public async Task A_message_that_skips_sequence_numbers_is_refused_with_BadSequenceNumberInvalid()
    {
        await using var raw = await OpenAsync();

        await raw.Raw.SendAsync(raw.Message(Request(), sequenceNumber: 40));

        await AssertRefusedAsync(raw, StatusCode.BadSequenceNumberInvalid);
    }

    [Fact]
    public async Task A_message_under_an_unknown_token_is_refused_with_BadSecureChannelTokenUnknown()
    {
        await using var raw = await OpenAsync();

        await raw.Raw.SendAsync(raw.Message(Request(), tokenId: raw.TokenId + 7));

        await AssertRefusedAsync(raw, StatusCode.BadSecureChannelTokenUnknown);
    }

    [Fact]
    public async Task An_open_request_from_an_untrusted_certificate_is_refused_and_the_certificate_kept_in_rejected()
    {
        using var stranger = ApplicationCertificate.CreateSelfSigned(TestPki.ClientUri, "stranger", ["localhost"], DateTimeOffset.UtcNow, TimeSpan.FromDays(1));
        RefusedCertificate? refused = null;
        _plant.Server.CertificateRefused += r => refused = r;

        await using var raw = await SecureRawConnection.RequestOpenAsync(_plant.Url, stranger, _plant.Server.Certificate, RsaSecurityPolicy.Basic256Sha256, MessageSecurityMode.SignAndEncrypt);

        await AssertRefusedAsync(raw, StatusCode.BadSecurityChecksFailed);
        Assert.Equal((stranger.Thumbprint, StatusCode.BadCertificateUntrusted), (refused?.Thumbprint, refused?.Status));
        Assert.Contains(_pki.Server.List(), c => c.Folder == CertificateStoreFolder.Rejected && c.Thumbprint == stranger.Thumbprint);
    }

    [Fact]
    public async Task Any_byte_changed_in_a_secured_message_closes_the_channel_with_an_error()
    {
        var template = (await OpenTemplateAsync()).Length;
        await Gen.Select(Gen.Int[8, template - 1], Gen.Byte[1, 255]).SampleAsync(async (at, flip) =>
        {
            await using var raw = await OpenAsync();
            var chunk = raw.Message(Request());
            chunk[at] ^= flip;
            await raw.Raw.SendAsync(chunk);
            var error = await raw.Raw.ReadErrorAsync();
            return error is { IsBad: true } && await raw.Raw.IsClosedByServerAsync();
        }, iter: 25, threads: 1);

        await AssertServerStillServesAsync();
    }

    private async Task<byte[]> OpenTemplateAsync()
    {
        await using var raw = await OpenAsync();
        return raw.Message(Request());
    }

    private async Task AssertServerStillServesAsync()
    {
        await using var client = await UaClient.ConnectAsync(_plant.Url, new UaClientOptions
        {
            ApplicationUri = TestPki.ClientUri,
            Security = EndpointSecurity.Aes128Sha256RsaOaepSign,
            Pki = _pki.Client,
        });
        Assert.True((await client.ReadValueAsync(WellKnownNodes.ServerStatusState)).Status.IsGood);
    }
}
