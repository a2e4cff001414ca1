using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CsCheck;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Transport;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.Security;

public sealed class ChunkProtectionTests
{
    private static readonly byte[] TokenHeader = [1, 0, 0, 0];
    private static readonly byte[] ClientNonce = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] ServerNonce = RandomNumberGenerator.GetBytes(32);
    private static readonly X509Certificate2 Client2048 = Certificate("urn:test:client", 2048);
    private static readonly X509Certificate2 Server2048 = Certificate("urn:test:server", 2048);
    private static readonly X509Certificate2 Server4096 = Certificate("urn:test:server", 4096);

    private static X509Certificate2 Certificate(string uri, int keySize) =>
        ApplicationCertificate.CreateSelfSigned(uri, uri, ["localhost"], DateTimeOffset.UtcNow, TimeSpan.FromDays(1), keySize);

    public static TheoryData<string, MessageSecurityMode> PoliciesAndModes()
    {
        var data = new TheoryData<string, MessageSecurityMode>();
        foreach (var endpoint in EndpointSecurity.All.Where(e => e.IsSecure)) data.Add(endpoint.PolicyUri, endpoint.Mode);
        return data;
    }

    private static (IChunkProtection Client, IChunkProtection Server) Symmetric(string policyUri, MessageSecurityMode mode)
    {
        var policy = ISecurityPolicy.Find(policyUri)!;
        return (policy.CreateSymmetricProtection(ClientNonce, ServerNonce, isClient: true, mode),
            policy.CreateSymmetricProtection(ClientNonce, ServerNonce, isClient: false, mode));
    }

    private static List<byte[]> Chunks(IChunkProtection protection, byte[] body, int chunkSize = 8192, byte[]? securityHeader = null)
    {
        using var writer = new ChunkWriter { ChunkSize = chunkSize };
        var bytes = writer.Build(MessageTypes.Message, 7, securityHeader ?? TokenHeader, protection, new SequenceNumberSource(), 9, body, StatusCode.BadRequestTooLarge);
        var chunks = new List<byte[]>();
        for (var rest = bytes.Span; rest.Length > 0;)
        {
            var size = BinaryPrimitives.ReadInt32LittleEndian(rest[4..]);
            chunks.Add(rest[..size].ToArray());
            rest = rest[size..];
        }
        return chunks;
    }

    private static byte[] Reassemble(IChunkProtection protection, IEnumerable<byte[]> chunks, int securityHeaderEnd = 16)
    {
        var body = new List<byte>();
        foreach (var chunk in chunks)
        {
            var bodyEnd = protection.Unprotect(chunk, securityHeaderEnd);
            body.AddRange(chunk[(securityHeaderEnd + 8)..bodyEnd]);
        }
        return body.ToArray();
    }

    [Theory]
    [MemberData(nameof(PoliciesAndModes))]
    public void A_message_protected_by_the_client_reads_back_at_the_server_whatever_its_size(string policy, MessageSecurityMode mode)
    {
        var (client, server) = Symmetric(policy, mode);

        Gen.Byte.Array[0, 30_000].Sample(body => Reassemble(server, Chunks(client, body)).AsSpan().SequenceEqual(body), iter: 50);
    }

    [Theory]
    [MemberData(nameof(PoliciesAndModes))]
    public void Chunks_are_never_larger_than_the_peer_buffer(string policy, MessageSecurityMode mode)
    {
        var (client, _) = Symmetric(policy, mode);

        Gen.Byte.Array[0, 30_000].Sample(body => Chunks(client, body).All(c => c.Length <= 8192), iter: 50);
    }

    [Fact]
    public void Encryption_hides_the_body()
    {
        var (client, _) = Symmetric(SecurityPolicyUris.Basic256Sha256, MessageSecurityMode.SignAndEncrypt);
        var body = System.Text.Encoding.ASCII.GetBytes("operator password secret secret secret");

        var chunk = Chunks(client, body).Single();

        Assert.Equal(-1, chunk.AsSpan().IndexOf("secret"u8));
    }

    [Theory]
    [MemberData(nameof(PoliciesAndModes))]
    public void Any_byte_changed_in_a_protected_chunk_is_refused_with_BadSecurityChecksFailed(string policy, MessageSecurityMode mode)
    {
        var (client, server) = Symmetric(policy, mode);
        var chunk = Chunks(client, Enumerable.Range(0, 500).Select(i => (byte)i).ToArray()).Single();

        Gen.Select(Gen.Int[0, chunk.Length - 1], Gen.Byte[1, 255]).Sample((at, flip) =>
        {
            var tampered = chunk.ToArray();
            tampered[at] ^= flip;
            var error = Assert.Throws<ServiceResultException>(() => server.Unprotect(tampered, 16));
            return error.StatusCode == StatusCode.BadSecurityChecksFailed;
        }, iter: 200);
    }

    [Fact]
    public void A_chunk_from_a_channel_with_other_nonces_is_refused()
    {
        var (client, _) = Symmetric(SecurityPolicyUris.Aes128Sha256RsaOaep, MessageSecurityMode.SignAndEncrypt);
        var stranger = RsaSecurityPolicy.Aes128Sha256RsaOaep.CreateSymmetricProtection(ClientNonce, RandomNumberGenerator.GetBytes(32), isClient: false, MessageSecurityMode.SignAndEncrypt);
        var chunk = Chunks(client, new byte[100]).Single();

        var error = Assert.Throws<ServiceResultException>(() => stranger.Unprotect(chunk, 16));

        Assert.Equal(StatusCode.BadSecurityChecksFailed, error.StatusCode);
    }

    [Theory]
    [InlineData(2048)]
    [InlineData(4096)]
    public void An_open_request_encrypted_for_the_server_key_reads_back_at_the_server(int serverKeySize)
    {
        var serverCertificate = serverKeySize == 4096 ? Server4096 : Server2048;
        using var clientSide = new ChannelCertificates(Client2048, serverCertificate.RawData);
        using var serverSide = new ChannelCertificates(serverCertificate, Client2048.RawData);
        var policy = RsaSecurityPolicy.Basic256Sha256;
        var header = AsymmetricHeader(clientSide);
        var body = Enumerable.Range(0, 300).Select(i => (byte)(i * 3)).ToArray();

        var chunk = Chunks(policy.CreateAsymmetricProtection(clientSide), body, securityHeader: header).Single();
        var back = Reassemble(policy.CreateAsymmetricProtection(serverSide), [chunk], 12 + header.Length);

        Assert.Equal(body, back);
        Assert.Equal(0, (chunk.Length - 12 - header.Length) % (serverKeySize / 8));
    }

    [Fact]
    public void An_open_request_signed_by_another_key_is_refused()
    {
        using var clientSide = new ChannelCertificates(Client2048, Server2048.RawData);
        using var impostor = Certificate("urn:test:client", 2048);
        using var serverSide = new ChannelCertificates(Server2048, impostor.RawData);
        var chunk = Chunks(RsaSecurityPolicy.Basic256Sha256.CreateAsymmetricProtection(clientSide), new byte[50], securityHeader: AsymmetricHeader(clientSide)).Single();

        var error = Assert.Throws<ServiceResultException>(() => RsaSecurityPolicy.Basic256Sha256.CreateAsymmetricProtection(serverSide).Unprotect(chunk, 12 + AsymmetricHeader(clientSide).Length));

        Assert.Equal(StatusCode.BadSecurityChecksFailed, error.StatusCode);
    }

    private static byte[] AsymmetricHeader(ChannelCertificates certificates)
    {
        using var writer = new UaWriter();
        new AsymmetricSecurityHeader(SecurityPolicyUris.Basic256Sha256, certificates.OwnDer, certificates.PeerThumbprint).Encode(writer);
        return writer.WrittenSpan.ToArray();
    }
}
