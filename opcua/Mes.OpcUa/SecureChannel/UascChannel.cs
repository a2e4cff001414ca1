using System.Buffers.Binary;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Security;
using Mes.OpcUa.Transport;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// What the client and server ends of a secure channel share: framing, chunking with limits, sequence numbers,
/// token bookkeeping, and a single send lock so that the chunks of one message are never interleaved with another's.
/// Tokens overlap at renewal (Part 4 §5.5.2): a side keeps sending under the old token until the peer uses the new
/// one, and accepts the old one until then or until it expires.
/// </summary>
internal abstract class UascChannel : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly FrameReader _frames;
    private readonly ChunkWriter _chunks = new();
    private readonly UaWriter _encoder = new(16 * 1024);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SequenceNumberSource _sendSequence = new();
    private readonly SequenceNumberCheck _receiveSequence = new();
    private ChunkAssembler? _assembler;
    private byte[]? _asymmetricHeader;
    private IChunkProtection? _asymmetricProtection;
    private ChannelToken? _sendToken;
    private ChannelToken? _retiredToken;
    private bool _previousRetired;
    private int _disposed;

    /// <param name="stream">The connection.</param>
    /// <param name="limits">Decoding limits.</param>
    /// <param name="clock">Time for token lifetimes.</param>
    /// <param name="synchronous">Read with blocking calls (see <see cref="FrameReader.Synchronous"/>); the subclass then writes
    /// without awaiting too, through <see cref="WriteAsync"/>.</param>
    protected UascChannel(Stream stream, EncodingLimits limits, TimeProvider clock, bool synchronous = false)
    {
        _stream = stream;
        _frames = new FrameReader(stream) { Synchronous = synchronous };
        Limits = limits;
        Clock = clock;
    }

    public EncodingLimits Limits { get; }

    protected TimeProvider Clock { get; }

    public uint ChannelId { get; protected set; }

    protected ISecurityPolicy Policy { get; set; } = NoSecurityPolicy.Instance;

    /// <summary>None, Sign or SignAndEncrypt; decided when the channel opens.</summary>
    public MessageSecurityMode Mode { get; protected set; } = MessageSecurityMode.None;

    /// <summary>Our certificate and the peer's, for the RSA policies; null under SecurityPolicy None.</summary>
    protected ChannelCertificates? Certificates { get; set; }

    protected ChannelToken? CurrentToken { get; private set; }

    protected ChannelToken? PreviousToken { get; private set; }

    /// <summary>Cancelled when the channel closes; stops the receive loop and any send.</summary>
    protected CancellationTokenSource Lifetime { get; } = new();

    public bool IsClosed => Lifetime.IsCancellationRequested;

    /// <summary>Fixes the agreed sizes after Hello/Acknowledge: what we receive and what the peer accepts.</summary>
    protected void ApplyLimits(int receiveBufferSize, int peerReceiveBufferSize, int peerMaxMessageSize, int peerMaxChunkCount)
    {
        _frames.ReceiveBufferSize = receiveBufferSize;
        _chunks.ChunkSize = peerReceiveBufferSize;
        _chunks.MaxMessageSize = peerMaxMessageSize;
        _chunks.MaxChunkCount = peerMaxChunkCount;
        _assembler?.Dispose();
        _assembler = new ChunkAssembler(Limits.MaxMessageSize, Limits.MaxChunkCount);
    }

    /// <summary>
    /// Makes <paramref name="token"/> current. <paramref name="sendWithIt"/> switches sending at once (the client does on
    /// the OPN response); otherwise the old token keeps protecting what we send until the peer uses the new one. Runs on
    /// the receive loop, which is the only reader of tokens, and takes no lock: waiting here for a sender stuck on a full
    /// socket could deadlock both ends. A token leaves the previous slot a renewal before it is disposed, by which time
    /// no chunk can still be built with it (chunks are built in microseconds; only the socket write may take long).
    /// </summary>
    protected void InstallToken(ChannelToken token, bool sendWithIt)
    {
        _retiredToken?.Dispose();
        _retiredToken = PreviousToken;
        PreviousToken = CurrentToken;
        CurrentToken = token;
        _previousRetired = false;
        if (sendWithIt || _sendToken is null) _sendToken = token;
        else if (_sendToken == _retiredToken) _sendToken = PreviousToken;
    }

    protected ValueTask<Frame?> ReadFrameAsync(CancellationToken cancellationToken) => _frames.ReadAsync(cancellationToken);

    /// <inheritdoc cref="FrameReader.ReceiveAvailable"/>
    protected bool ReceiveAvailable() => _frames.ReceiveAvailable();

    /// <inheritdoc cref="FrameReader.TakeBuffered"/>
    protected Frame? TakeBufferedFrame() => _frames.TakeBuffered();

    /// <summary>Writes bytes to the connection; called under the send lock.</summary>
    protected virtual ValueTask WriteAsync(ReadOnlyMemory<byte> bytes) => _stream.WriteAsync(bytes, Lifetime.Token);

    /// <summary>Sends a HEL, ACK or ERR frame.</summary>
    protected async ValueTask SendTransportMessageAsync(uint messageType, Action<UaWriter> writeBody, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            _encoder.Reset();
            _encoder.GetSpan(MessageHeader.Size);
            writeBody(_encoder);
            new MessageHeader(messageType, MessageTypes.Final, _encoder.Length).Write(_encoder.WrittenRange(0, MessageHeader.Size));
            await WriteAsync(_encoder.WrittenMemory);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Encodes <paramref name="message"/> with its encoding id, chunks it and sends it as OPN, MSG or CLO.</summary>
    protected async ValueTask SendSecureMessageAsync(uint messageType, uint requestId, IEncodeable message, StatusCode tooLarge, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            _encoder.Reset();
            _encoder.WriteNodeId(message.BinaryEncodingId);
            message.Encode(_encoder);
            var bytes = BuildChunks(messageType, requestId, tooLarge);
            await WriteAsync(bytes);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private ReadOnlyMemory<byte> BuildChunks(uint messageType, uint requestId, StatusCode tooLarge)
    {
        if (messageType == MessageTypes.OpenChannel)
        {
            _asymmetricHeader ??= EncodeAsymmetricHeader();
            _asymmetricProtection ??= Policy.CreateAsymmetricProtection(Certificates);
            return _chunks.Build(messageType, ChannelId, _asymmetricHeader, _asymmetricProtection, _sendSequence, requestId, _encoder.WrittenSpan, tooLarge);
        }
        var token = _sendToken ?? throw new ServiceResultException(StatusCode.BadSecureChannelClosed, "the channel has no security token");
        return _chunks.Build(messageType, ChannelId, token.HeaderBytes, token.Protection, _sendSequence, requestId, _encoder.WrittenSpan, tooLarge);
    }

    private byte[] EncodeAsymmetricHeader()
    {
        using var w = new UaWriter(128);
        new AsymmetricSecurityHeader(Policy.Uri, Certificates?.OwnDer, Certificates?.PeerThumbprint).Encode(w);
        return w.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Takes one OPN/MSG/CLO chunk: checks the channel id, token and sequence number, removes protection and either
    /// keeps it for reassembly (returns null) or returns the decoded complete message.
    /// </summary>
    protected ReceivedMessage? ProcessSecureFrame(Frame frame)
    {
        var bytes = frame.Bytes;
        var header = frame.Header;
        if (bytes.Length < MessageHeader.Size + 4)
            throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, "secure chunk too short for its channel id");
        var channelId = BinaryPrimitives.ReadUInt32LittleEndian(bytes[MessageHeader.Size..]);
        int securityHeaderEnd;
        IChunkProtection protection;
        if (header.MessageType == MessageTypes.OpenChannel)
        {
            var reader = new UaReader(bytes[(MessageHeader.Size + 4)..], Limits);
            var security = AsymmetricSecurityHeader.Decode(ref reader);
            protection = AcceptOpenChannelHeader(security);
            securityHeaderEnd = MessageHeader.Size + 4 + reader.Position;
            if (header.ChunkType != MessageTypes.Final)
                throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, "OpenSecureChannel must fit one chunk");
        }
        else
        {
            if (CurrentToken is null)
                throw new ServiceResultException(StatusCode.BadTcpSecureChannelUnknown, $"{MessageTypes.Name(header.MessageType)} before the secure channel was opened");
            if (channelId != ChannelId)
                throw new ServiceResultException(StatusCode.BadTcpSecureChannelUnknown, $"secure channel {channelId} is unknown (this channel is {ChannelId})");
            if (bytes.Length < MessageHeader.Size + 8)
                throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, "secure chunk too short for its token id");
            var tokenId = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(MessageHeader.Size + 4)..]);
            var token = FindToken(tokenId);
            securityHeaderEnd = MessageHeader.Size + 8;
            protection = token.Protection;
        }
        var bodyEnd = protection.Unprotect(bytes, securityHeaderEnd);
        if (bodyEnd < securityHeaderEnd + 8)
            throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, "secure chunk too short for its sequence header");
        var sequenceNumber = BinaryPrimitives.ReadUInt32LittleEndian(bytes[securityHeaderEnd..]);
        var requestId = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(securityHeaderEnd + 4)..]);
        _receiveSequence.Accept(sequenceNumber);
        var body = bytes[(securityHeaderEnd + 8)..bodyEnd];
        var assembler = _assembler ?? throw new ServiceResultException(StatusCode.BadTcpInternalError, "limits were not negotiated");
        switch (header.ChunkType)
        {
            case MessageTypes.Abort:
            {
                assembler.Reset();
                var reader = new UaReader(body, Limits);
                var error = ErrorMessage.Decode(ref reader);
                return new ReceivedMessage(header.MessageType, requestId, new AbortedMessage(requestId, error.Error, error.Reason));
            }
            case MessageTypes.Intermediate:
                assembler.Append(requestId, body);
                return null;
            default:
                if (!assembler.InProgress)
                {
                    assembler.Append(requestId, body);
                    var single = Decode(header.MessageType, requestId, body);
                    assembler.Reset();
                    return new ReceivedMessage(header.MessageType, requestId, single);
                }
                assembler.Append(requestId, body);
                var decoded = Decode(header.MessageType, requestId, assembler.Body);
                assembler.Reset();
                return new ReceivedMessage(header.MessageType, requestId, decoded);
        }
    }

    /// <summary>
    /// The token a received chunk names. Once the peer uses the current token, it has switched for good: from then on
    /// we send under it too and no longer accept the previous one.
    /// </summary>
    private ChannelToken FindToken(uint tokenId)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        if (CurrentToken is { } current && current.TokenId == tokenId)
        {
            if (current.IsExpired(now))
                throw new ServiceResultException(StatusCode.BadSecureChannelTokenUnknown, $"security token {tokenId} expired");
            _sendToken = current;
            _previousRetired = PreviousToken is not null;
            return current;
        }
        if (PreviousToken is { } previous && previous.TokenId == tokenId && !_previousRetired && !previous.IsExpired(now)) return previous;
        throw new ServiceResultException(StatusCode.BadSecureChannelTokenUnknown, $"security token {tokenId} is unknown");
    }

    /// <summary>
    /// Checks the asymmetric security header of an OPN chunk and returns the protection to remove: the policy must be
    /// the channel's, the sender certificate the peer's and the thumbprint ours. The server overrides this to choose
    /// the policy and check the client certificate on the first OPN.
    /// </summary>
    protected virtual IChunkProtection AcceptOpenChannelHeader(AsymmetricSecurityHeader header)
    {
        if (header.SecurityPolicyUri != Policy.Uri)
            throw new ServiceResultException(StatusCode.BadSecurityPolicyRejected, $"security policy '{header.SecurityPolicyUri}' is not offered");
        if (Certificates is not { } certificates) return NoSecurityPolicy.Instance;
        if (header.SenderCertificate is not { Length: > 0 } sender || !CertificateChain.Thumbprint(sender).AsSpan().SequenceEqual(certificates.PeerThumbprint))
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "the OpenSecureChannel chunk was sent with another certificate than the channel's");
        if (header.ReceiverCertificateThumbprint is not { } receiver || !receiver.AsSpan().SequenceEqual(certificates.OwnThumbprint))
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "the OpenSecureChannel chunk was encrypted for another certificate");
        return _asymmetricProtection ??= Policy.CreateAsymmetricProtection(certificates);
    }

    /// <summary>Decodes a complete message body (encoding id, then the structure).</summary>
    protected virtual object Decode(uint messageType, uint requestId, ReadOnlySpan<byte> body)
    {
        var reader = new UaReader(body, Limits);
        var typeId = reader.ReadNodeId();
        if (!EncodeableTypes.TryGetDecoder(typeId, out var decoder))
            throw new ServiceResultException(StatusCode.BadServiceUnsupported, $"message type {typeId} is not supported");
        return decoder(ref reader);
    }

    /// <summary>Sends an ERR frame (best effort) and closes the channel.</summary>
    protected async ValueTask FailAsync(StatusCode error, string reason)
    {
        try
        {
            if (!IsClosed)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await SendTransportMessageAsync(MessageTypes.Error, w => new ErrorMessage(error, reason).Encode(w), timeout.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer is gone or not reading; closing is all that is left to do.
        }
        await CloseTransportAsync();
    }

    /// <summary>Closes the socket and stops the receive loop.</summary>
    protected async ValueTask CloseTransportAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await Lifetime.CancelAsync();
        await _stream.DisposeAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        await CloseTransportAsync();
        await _sendLock.WaitAsync();
        _chunks.Dispose();
        _encoder.Dispose();
        _frames.Dispose();
        _assembler?.Dispose();
        CurrentToken?.Dispose();
        PreviousToken?.Dispose();
        _retiredToken?.Dispose();
        Certificates?.Dispose();
        _sendLock.Dispose();
        Lifetime.Dispose();
        GC.SuppressFinalize(this);
    }
}
