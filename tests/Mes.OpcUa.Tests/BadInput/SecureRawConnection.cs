using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Transport;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.BadInput;

/// <summary>
/// A hand-driven secured channel: opens with a real OPN under an RSA policy, then builds MSG chunks the way a test
/// wants them — valid, or with a given sequence number, token id, or bad padding under a valid signature.
/// </summary>
internal sealed class SecureRawConnection : IAsyncDisposable
{
    private readonly RsaSecurityPolicy _policy;
    private readonly MessageSecurityMode _mode;
    private readonly ChannelCertificates _certificates;
    private uint _sequence = 1;
    private uint _requestId = 1;
    private byte[] _clientNonce = [];
    private byte[] _serverNonce = [];

    private SecureRawConnection(RawConnection raw, RsaSecurityPolicy policy, MessageSecurityMode mode, ChannelCertificates certificates)
    {
        Raw = raw;
        _policy = policy;
        _mode = mode;
        _certificates = certificates;
    }

    public RawConnection Raw { get; }

    public uint ChannelId { get; private set; }

    public uint TokenId { get; private set; }

    private IChunkProtection Protection => _policy.CreateSymmetricProtection(_clientNonce, _serverNonce, isClient: true, _mode);

    /// <summary>Says Hello and sends the OPN request; the answer is the test's to read.</summary>
    public static async Task<SecureRawConnection> RequestOpenAsync(string url, X509Certificate2 client, X509Certificate2 server, RsaSecurityPolicy policy, MessageSecurityMode mode)
    {
        var raw = await RawConnection.ConnectAsync(url);
        var connection = new SecureRawConnection(raw, policy, mode, new ChannelCertificates(client, server.RawData));
        await raw.SendAsync(RawConnection.Hello());
        Assert.Equal("ACK", (await raw.ReadAsync())?.Type);
        await raw.SendAsync(connection.OpenRequest());
        return connection;
    }

    /// <summary>Opens the channel and takes the token the server issues.</summary>
    public static async Task<SecureRawConnection> OpenAsync(string url, X509Certificate2 client, X509Certificate2 server, RsaSecurityPolicy policy, MessageSecurityMode mode)
    {
        var connection = await RequestOpenAsync(url, client, server, policy, mode);
        var response = await connection.Raw.ReadAsync() ?? throw new InvalidOperationException("no OPN response");
        Assert.Equal("OPN", response.Type);
        connection.AcceptOpenResponse(response.Payload);
        return connection;
    }

    private byte[] AsymmetricHeader()
    {
        using var writer = new UaWriter();
        new AsymmetricSecurityHeader(_policy.Uri, _certificates.OwnDer, _certificates.PeerThumbprint).Encode(writer);
        return writer.WrittenSpan.ToArray();
    }

    private byte[] OpenRequest()
    {
        _clientNonce = RandomNumberGenerator.GetBytes(32);
        var body = RawConnection.Request(new OpenSecureChannelRequest
        {
            RequestType = SecurityTokenRequestType.Issue,
            SecurityMode = _mode,
            ClientNonce = _clientNonce,
            RequestedLifetime = 60_000,
        });
        using var writer = new ChunkWriter { ChunkSize = 65536 };
        return writer.Build(MessageTypes.OpenChannel, 0, AsymmetricHeader(), _policy.CreateAsymmetricProtection(_certificates),
            new SequenceNumberSource(_sequence++), _requestId++, body, StatusCode.BadRequestTooLarge).ToArray();
    }

    private void AcceptOpenResponse(byte[] payload)
    {
        var frame = RawConnection.Frame("OPN", 'F', payload);
        var reader = new UaReader(frame.AsSpan(12));
        AsymmetricSecurityHeader.Decode(ref reader);
        var securityHeaderEnd = 12 + reader.Position;
        var bodyEnd = _policy.CreateAsymmetricProtection(_certificates).Unprotect(frame, securityHeaderEnd);
        var body = new UaReader(frame.AsSpan((securityHeaderEnd + 8)..bodyEnd));
        body.ReadNodeId();
        var response = OpenSecureChannelResponse.Decode(ref body);
        ChannelId = response.SecurityToken.ChannelId;
        TokenId = response.SecurityToken.TokenId;
        _serverNonce = response.ServerNonce ?? [];
    }

    /// <summary>A valid MSG chunk, unless a sequence number or token id is forced.</summary>
    public byte[] Message(IServiceRequest request, uint? sequenceNumber = null, uint? tokenId = null)
    {
        var sequence = sequenceNumber ?? _sequence;
        _sequence = sequence + 1;
        var token = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(token, tokenId ?? TokenId);
        using var writer = new ChunkWriter { ChunkSize = 65536 };
        return writer.Build(MessageTypes.Message, ChannelId, token, Protection, new SequenceNumberSource(sequence), _requestId++,
            RawConnection.Request(request), StatusCode.BadRequestTooLarge).ToArray();
    }

    /// <summary>A SignAndEncrypt MSG chunk whose padding bytes disagree with its size, correctly signed and encrypted.</summary>
    public byte[] MessageWithBadPadding(IServiceRequest request)
    {
        var body = RawConnection.Request(request);
        var keys = DerivedKeys.Derive(_policy, _serverNonce, _clientNonce);
        var padding = ChunkPadding.Count(8 + body.Length + RsaSecurityPolicy.SymmetricSignatureSize, RsaSecurityPolicy.SymmetricBlockSize, extraByte: false) + RsaSecurityPolicy.SymmetricBlockSize;
        var length = 16 + 8 + body.Length + padding + 1 + RsaSecurityPolicy.SymmetricSignatureSize;
        var chunk = new byte[length];
        new MessageHeader(MessageTypes.Message, MessageTypes.Final, length).Write(chunk);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(8), ChannelId);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(12), TokenId);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(16), _sequence++);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(20), _requestId++);
        body.CopyTo(chunk, 24);
        var signatureAt = ChunkPadding.Write(chunk, 24 + body.Length, padding, extraByte: false);
        chunk[signatureAt - 3] ^= 0x01;
        HMACSHA256.HashData(keys.SigningKey, chunk.AsSpan(0, signatureAt), chunk.AsSpan(signatureAt));
        using var aes = Aes.Create();
        aes.Key = keys.EncryptingKey;
        aes.EncryptCbc(chunk.AsSpan(16), keys.InitializationVector, chunk.AsSpan(16), PaddingMode.None);
        return chunk;
    }

    public ValueTask DisposeAsync()
    {
        _certificates.Dispose();
        return Raw.DisposeAsync();
    }
}
