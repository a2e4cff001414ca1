using System.Buffers.Binary;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Transport;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// What the client and server ends of a secure channel share: framing, chunking with limits, sequence numbers,
/// token bookkeeping, and a single send lock so that the chunks of one message are never interleaved with another's.
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
    private int _disposed;

    protected UascChannel(Stream stream, EncodingLimits limits, TimeProvider clock)
    {
        _stream = stream;
        _frames = new FrameReader(stream);
        Limits = limits;
        Clock = clock;
    }

    public EncodingLimits Limits { get; }

    protected TimeProvider Clock { get; }

    public uint ChannelId { get; protected set; }

    protected ISecurityPolicy Policy { get; set; } = NoSecurityPolicy.Instance;

    protected ChannelToken? CurrentToken { get; set; }

    protected ChannelToken? PreviousToken { get; set; }

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

    protected ValueTask<Frame?> ReadFrameAsync(CancellationToken cancellationToken) => _frames.ReadAsync(cancellationToken);

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
            await _stream.WriteAsync(_encoder.WrittenMemory, Lifetime.Token);
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
            await _stream.WriteAsync(bytes, Lifetime.Token);
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
            return _chunks.Build(messageType, ChannelId, _asymmetricHeader, Policy.CreateAsymmetricProtection(), _sendSequence, requestId, _encoder.WrittenSpan, tooLarge);
        }
        var token = CurrentToken ?? throw new ServiceResultException(StatusCode.BadSecureChannelClosed, "the channel has no security token");
        return _chunks.Build(messageType, ChannelId, token.HeaderBytes, token.Protection, _sendSequence, requestId, _encoder.WrittenSpan, tooLarge);
    }

    private byte[] EncodeAsymmetricHeader()
    {
        using var w = new UaWriter(128);
        new AsymmetricSecurityHeader(Policy.Uri, null, null).Encode(w);
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
            CheckOpenChannelPolicy(security);
            securityHeaderEnd = MessageHeader.Size + 4 + reader.Position;
            protection = Policy.CreateAsymmetricProtection();
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

    private ChannelToken FindToken(uint tokenId)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        if (CurrentToken is { } current && current.TokenId == tokenId)
        {
            if (current.IsExpired(now))
                throw new ServiceResultException(StatusCode.BadSecureChannelTokenUnknown, $"security token {tokenId} expired");
            OnTokenUsed(current);
            return current;
        }
        if (PreviousToken is { } previous && previous.TokenId == tokenId && !previous.IsExpired(now)) return previous;
        throw new ServiceResultException(StatusCode.BadSecureChannelTokenUnknown, $"security token {tokenId} is unknown");
    }

    /// <summary>Called when the peer uses the current token (the server then forgets the previous one).</summary>
    protected virtual void OnTokenUsed(ChannelToken token)
    {
    }

    /// <summary>Checks the policy URI of an OPN chunk.</summary>
    protected virtual void CheckOpenChannelPolicy(AsymmetricSecurityHeader header)
    {
        if (header.SecurityPolicyUri != Policy.Uri)
            throw new ServiceResultException(StatusCode.BadSecurityPolicyRejected, $"security policy '{header.SecurityPolicyUri}' is not offered");
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
        _sendLock.Dispose();
        Lifetime.Dispose();
        GC.SuppressFinalize(this);
    }
}
