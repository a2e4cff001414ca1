using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Transport;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Client;

/// <summary>
/// The client end of a UA-TCP secure channel: Hello/Acknowledge, OpenSecureChannel under the endpoint's policy and
/// mode (with a fresh client nonce at every issue and renewal), a receive loop that matches responses to requests by
/// request id, token renewal at 75 % of the lifetime, and CloseSecureChannel. The socket is only ever used with
/// blocking calls: the connect and handshake run on a thread of their own, after which <see cref="ReceivePump"/> hands
/// every arrival to <see cref="OnReadable"/> on its thread, where responses are decoded and dispatched. No thread is
/// held per channel, and no pool thread is woken per response.
/// </summary>
internal sealed class ClientChannel : UascChannel, IPumpedConnection
{
    private readonly ConcurrentDictionary<uint, PendingRequest> _pending = new();
    private readonly UaClientOptions _options;
    private readonly EndpointUrl _url;
    private readonly NetworkStream _stream;
    private readonly TaskCompletionSource _receiveEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ITimer? _renewal;
    private bool _watched;
    private int _requestId;
    private StatusCode _closeReason = StatusCode.BadConnectionClosed;
    private bool _closeRequested;
    private byte[] _clientNonce = [];
    private long _lastReceived;

    private ClientChannel(NetworkStream stream, EndpointUrl url, UaClientOptions options, EndpointSecurity security, X509Certificate2? ownCertificate, byte[]? serverCertificate)
        : base(stream, options.EncodingLimits, options.Clock, synchronous: true)
    {
        _stream = stream;
        _url = url;
        _options = options;
        Policy = ISecurityPolicy.Find(security.PolicyUri)
            ?? throw new ServiceResultException(StatusCode.BadSecurityPolicyRejected, $"security policy '{security.PolicyUri}' is not implemented");
        Mode = security.Mode;
        _lastReceived = Clock.GetTimestamp();
        if (Policy is not RsaSecurityPolicy) return;
        if (ownCertificate is null || serverCertificate is not { Length: > 0 })
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, $"{security} needs our certificate and the server's");
        Certificates = new ChannelCertificates(ownCertificate, serverCertificate);
    }

    /// <summary>When the last frame arrived from the server (a <see cref="TimeProvider"/> timestamp).</summary>
    public long LastReceived => Interlocked.Read(ref _lastReceived);

    /// <summary>The authentication token put in every request header once a session is active.</summary>
    public NodeId AuthenticationToken { get; set; }

    /// <summary>The id of the current security token (it changes at each renewal).</summary>
    public uint TokenId => CurrentToken?.TokenId ?? 0;

    /// <summary>Raised once when the channel closes for any reason other than <see cref="CloseAsync"/>.</summary>
    public event Action<StatusCode>? Closed;

    /// <summary>
    /// Connects and opens the secure channel on a thread of its own (blocking calls keep the socket away from the
    /// runtime's socket engine); cancelling closes the socket, which ends the blocked call.
    /// </summary>
    public static Task<ClientChannel> OpenAsync(EndpointUrl url, UaClientOptions options, EndpointSecurity security,
        X509Certificate2? ownCertificate, byte[]? serverCertificate, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Open(url, options, security, ownCertificate, serverCertificate, cancellationToken),
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000", Justification = "The socket is owned by the stream, the stream by the channel; failures dispose them.")]
    private static async Task<ClientChannel> Open(EndpointUrl url, UaClientOptions options, EndpointSecurity security,
        X509Certificate2? ownCertificate, byte[]? serverCertificate, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        ClientChannel? channel = null;
        await using var cancellation = cancellationToken.Register(() => socket.Dispose());
        try
        {
            try
            {
                socket.Connect(url.Host, url.Port);
            }
            catch (SocketException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ServiceResultException(StatusCode.BadNotConnected, $"cannot connect to {url.Host}:{url.Port}: {e.Message}", e);
            }
            channel = new ClientChannel(new NetworkStream(socket, ownsSocket: true), url, options, security, ownCertificate, serverCertificate);
            await channel.HandshakeAsync(cancellationToken);
            return channel;
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
        {
            await DisposeAfterFailureAsync(socket, channel);
            throw new OperationCanceledException("opening the secure channel was cancelled", e, cancellationToken);
        }
        catch
        {
            await DisposeAfterFailureAsync(socket, channel);
            throw;
        }
    }

    private static async ValueTask DisposeAfterFailureAsync(Socket socket, ClientChannel? channel)
    {
        if (channel is null) socket.Dispose();
        else await channel.DisposeAsync();
    }

    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        var limits = _options.TransportLimits;
        var hello = new HelloMessage(0, limits.ReceiveBufferSize, limits.SendBufferSize, limits.MaxMessageSize, limits.MaxChunkCount, _url.Text);
        await SendTransportMessageAsync(MessageTypes.Hello, hello.Encode, cancellationToken);
        using (var frame = await ReadFrameAsync(cancellationToken)
            ?? throw new ServiceResultException(StatusCode.BadConnectionClosed, "the server closed the connection after Hello"))
        {
            var reader = new UaReader(frame.Payload, Limits);
            if (frame.Header.MessageType == MessageTypes.Error)
            {
                var error = ErrorMessage.Decode(ref reader);
                throw new ServiceResultException(error.Error, $"the server refused the connection: {error.Reason}");
            }
            if (frame.Header.MessageType != MessageTypes.Acknowledge)
                throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, $"expected ACK, got {MessageTypes.Name(frame.Header.MessageType)}");
            var ack = AcknowledgeMessage.Decode(ref reader);
            if (ack.SendBufferSize > limits.ReceiveBufferSize || ack.ReceiveBufferSize < TransportLimits.MinimumBufferSize)
                throw new ServiceResultException(StatusCode.BadConnectionRejected, $"the server's buffer sizes {ack.ReceiveBufferSize}/{ack.SendBufferSize} do not fit");
            ApplyLimits(limits.ReceiveBufferSize, Math.Min(ack.ReceiveBufferSize, limits.SendBufferSize), ack.MaxMessageSize, ack.MaxChunkCount);
        }
        var requestId = NextRequestId();
        await SendSecureMessageAsync(MessageTypes.OpenChannel, requestId, CreateOpenRequest(SecurityTokenRequestType.Issue), StatusCode.BadRequestTooLarge, cancellationToken);
        using (var frame = await ReadFrameAsync(cancellationToken)
            ?? throw new ServiceResultException(StatusCode.BadConnectionClosed, "the server closed the connection after OpenSecureChannel"))
        {
            if (frame.Header.MessageType == MessageTypes.Error)
            {
                var reader = new UaReader(frame.Payload, Limits);
                var error = ErrorMessage.Decode(ref reader);
                throw new ServiceResultException(error.Error, $"the server refused the secure channel: {error.Reason}");
            }
            if (frame.Header.MessageType != MessageTypes.OpenChannel)
                throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, $"expected OPN, got {MessageTypes.Name(frame.Header.MessageType)}");
            var message = ProcessSecureFrame(frame) ?? throw new ServiceResultException(StatusCode.BadDecodingError, "incomplete OpenSecureChannel response");
            AcceptToken(message.Body);
        }
        _watched = true;
        ReceivePump.Shared.Add(this);
    }

    /// <summary>Fails the posted requests whose deadline has passed; the session's heartbeat calls it once a second.</summary>
    public void ExpirePostedRequests()
    {
        var now = Clock.GetTimestamp();
        foreach (var (requestId, pending) in _pending)
        {
            if (pending.Deadline == 0 || pending.Deadline > now || !_pending.TryRemove(requestId, out _)) continue;
            pending.Fail(new ServiceResultException(StatusCode.BadTimeout, "no response before the request's deadline"));
        }
    }

    /// <summary>
    /// Sends a request whose response is handled on the receive loop by <paramref name="handler"/> (after
    /// <paramref name="decoder"/>); returns once the request is on the wire. Used for Publish, where a thread hop per
    /// response would cost more than the decoding.
    /// </summary>
    public async Task PostRequestAsync(IServiceRequest request, TimeSpan timeout, ElementDecoder<object> decoder, Action<object> handler)
    {
        if (IsClosed) throw new ServiceResultException(_closeReason, "the secure channel is closed");
        var requestId = NextRequestId();
        StampHeader(request, requestId, timeout);
        var deadline = Clock.GetTimestamp() + (long)(timeout.TotalSeconds * Clock.TimestampFrequency);
        _pending[requestId] = new PendingRequest(decoder, handler, deadline);
        try
        {
            await SendSecureMessageAsync(MessageTypes.Message, requestId, request, StatusCode.BadRequestTooLarge, Lifetime.Token);
        }
        catch
        {
            _pending.TryRemove(requestId, out _);
            throw;
        }
    }

    private void StampHeader(IServiceRequest request, uint requestId, TimeSpan timeout)
    {
        var header = request.RequestHeader;
        header.AuthenticationToken = AuthenticationToken;
        header.RequestHandle = requestId;
        header.Timestamp = Clock.GetUtcNow().UtcDateTime;
        header.TimeoutHint = (uint)Math.Min(timeout.TotalMilliseconds, uint.MaxValue);
    }

    private OpenSecureChannelRequest CreateOpenRequest(SecurityTokenRequestType type)
    {
        _clientNonce = Policy.NonceLength > 0 ? RandomNumberGenerator.GetBytes(Policy.NonceLength) : [];
        return new OpenSecureChannelRequest
        {
            RequestHeader = new RequestHeader { Timestamp = Clock.GetUtcNow().UtcDateTime, TimeoutHint = (uint)_options.RequestTimeout.TotalMilliseconds },
            ClientProtocolVersion = 0,
            RequestType = type,
            SecurityMode = Mode,
            ClientNonce = _clientNonce,
            RequestedLifetime = (uint)_options.SecureChannelLifetime.TotalMilliseconds,
        };
    }

    private void AcceptToken(object body)
    {
        if (body is ServiceFault fault)
            throw new ServiceResultException(fault.ResponseHeader.ServiceResult, "OpenSecureChannel was refused");
        if (body is not OpenSecureChannelResponse response)
            throw new ServiceResultException(StatusCode.BadUnknownResponse, $"expected OpenSecureChannelResponse, got {body.GetType().Name}");
        if (response.ResponseHeader.ServiceResult.IsBad)
            throw new ServiceResultException(response.ResponseHeader.ServiceResult, "OpenSecureChannel was refused");
        var token = response.SecurityToken;
        var serverNonce = response.ServerNonce ?? [];
        if (serverNonce.Length != Policy.NonceLength)
            throw new ServiceResultException(StatusCode.BadNonceInvalid, $"the server nonce has {serverNonce.Length} bytes, {Policy.Uri} needs {Policy.NonceLength}");
        if (CurrentToken is not null && token.ChannelId != ChannelId)
            throw new ServiceResultException(StatusCode.BadSecureChannelIdInvalid, $"the renewal answered for channel {token.ChannelId}, this is {ChannelId}");
        ChannelId = token.ChannelId;
        var protection = Policy.CreateSymmetricProtection(_clientNonce, serverNonce, isClient: true, Mode);
        InstallToken(new ChannelToken(token.TokenId, Clock.GetUtcNow().UtcDateTime, token.RevisedLifetime, protection), sendWithIt: true);
        var renewIn = TimeSpan.FromMilliseconds(Math.Max(token.RevisedLifetime, 1000) * 0.75);
        _renewal?.Dispose();
        _renewal = Clock.CreateTimer(_ => _ = RenewAsync(), null, renewIn, Timeout.InfiniteTimeSpan);
    }

    private async Task RenewAsync()
    {
        try
        {
            await SendSecureMessageAsync(MessageTypes.OpenChannel, NextRequestId(), CreateOpenRequest(SecurityTokenRequestType.Renew), StatusCode.BadRequestTooLarge, Lifetime.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or ServiceResultException)
        {
            // The receive loop sees the broken connection and reports it.
        }
    }

    private uint NextRequestId() => (uint)Interlocked.Increment(ref _requestId);

    /// <summary>
    /// Sends a request and awaits its response. A ServiceFault or a bad ServiceResult becomes a
    /// <see cref="ServiceResultException"/>. <paramref name="decoder"/> replaces the generic decoder for the response.
    /// </summary>
    public async Task<object> SendRequestAsync(IServiceRequest request, TimeSpan timeout, CancellationToken cancellationToken, ElementDecoder<object>? decoder = null)
    {
        if (IsClosed) throw new ServiceResultException(_closeReason, "the secure channel is closed");
        var requestId = NextRequestId();
        StampHeader(request, requestId, timeout);
        var pending = new PendingRequest(decoder);
        _pending[requestId] = pending;
        try
        {
            await SendSecureMessageAsync(MessageTypes.Message, requestId, request, StatusCode.BadRequestTooLarge, cancellationToken);
            var body = await pending.Completion.Task.WaitAsync(timeout, Clock, cancellationToken);
            return body switch
            {
                ServiceFault fault => throw new ServiceResultException(fault.ResponseHeader.ServiceResult, $"{Describe(request)} failed"),
                IServiceResponse { ResponseHeader.ServiceResult.IsBad: true } response =>
                    throw new ServiceResultException(response.ResponseHeader.ServiceResult, $"{Describe(request)} failed"),
                _ => body,
            };
        }
        catch (TimeoutException e)
        {
            throw new ServiceResultException(StatusCode.BadTimeout, $"{Describe(request)} got no response within {timeout.TotalSeconds:0.#} s", e);
        }
        finally
        {
            _pending.TryRemove(requestId, out _);
        }
    }

    private static string Describe(IServiceRequest request) => request.GetType().Name.Replace("Request", "", StringComparison.Ordinal);

    protected override object Decode(uint messageType, uint requestId, ReadOnlySpan<byte> body)
    {
        if (messageType == MessageTypes.Message && _pending.TryGetValue(requestId, out var pending) && pending.Decoder is { } decoder)
        {
            var reader = new UaReader(body, Limits);
            var typeId = reader.ReadNodeId();
            if (typeId != ServiceFault.EncodingId) return decoder(ref reader);
            return ServiceFault.Decode(ref reader);
        }
        return base.Decode(messageType, requestId, body);
    }

    Socket IPumpedConnection.Socket => _stream.Socket;

    /// <summary>
    /// Reads what arrived and handles every complete frame: responses go to their requests (Publish responses are
    /// decoded and delivered here, and the next Publish is sent from here), token renewals are installed. On the
    /// pump's thread; a broken or closed connection ends the channel.
    /// </summary>
    public bool OnReadable()
    {
        try
        {
            if (IsClosed || !ReceiveAvailable())
            {
                End(IsClosed ? _closeReason : StatusCode.BadConnectionClosed);
                return false;
            }
            Interlocked.Exchange(ref _lastReceived, Clock.GetTimestamp());
            while (true)
            {
                using var frame = TakeBufferedFrame();
                if (frame is null) return true;
                if (frame.Header.MessageType == MessageTypes.Error)
                {
                    var reader = new UaReader(frame.Payload, Limits);
                    End(ErrorMessage.Decode(ref reader).Error);
                    return false;
                }
                Handle(frame);
            }
        }
        catch (ServiceResultException e)
        {
            End(e.StatusCode, e.Message);
            return false;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException)
        {
            End(IsClosed ? _closeReason : StatusCode.BadConnectionClosed);
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything else is a fault of this channel alone; escaping, it would end the thread every client shares.
            End(StatusCode.BadUnexpectedError, e.Message);
            return false;
        }
    }

    private void Handle(Frame frame)
    {
        if (ProcessSecureFrame(frame) is not { } received) return;
        if (received.MessageType == MessageTypes.OpenChannel)
        {
            AcceptToken(received.Body);
            return;
        }
        if (_pending.TryRemove(received.RequestId, out var pending))
        {
            if (received.Body is AbortedMessage aborted)
                pending.Fail(new ServiceResultException(aborted.Error, $"the server aborted the response: {aborted.Reason}"));
            else
                pending.Complete(received.Body);
        }
    }

    /// <summary>Ends the channel off the pump's thread: the peer is told why when <paramref name="error"/> is given, pending requests fail, <see cref="Closed"/> is raised.</summary>
    private void End(StatusCode reason, string? error = null) => _ = Task.Run(() => EndAsync(reason, error));

    private async Task EndAsync(StatusCode reason, string? error)
    {
        try
        {
            if (error is not null) await FailAsync(reason, error);
            _closeReason = reason;
            await CloseTransportAsync();
            foreach (var requestId in _pending.Keys)
            {
                if (_pending.TryRemove(requestId, out var pending)) pending.Fail(new ServiceResultException(reason, "the secure channel closed"));
            }
            if (!_closeRequested) Closed?.Invoke(reason);
        }
        finally
        {
            _receiveEnded.TrySetResult();
        }
    }

    /// <summary>
    /// Writes without awaiting. On the pump's thread (the next Publish), a socket whose send buffer is full would block
    /// every channel's receiving, so the write then moves to a pool thread.
    /// </summary>
    protected override ValueTask WriteAsync(ReadOnlyMemory<byte> bytes)
    {
        if (ReceivePump.IsPumpThread && !_stream.Socket.Poll(TimeSpan.Zero, SelectMode.SelectWrite))
            return new ValueTask(Task.Run(() => _stream.Write(bytes.Span)));
        _stream.Write(bytes.Span);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Drops the connection without a goodbye, as when the server has gone silent; the receive loop then fails the
    /// pending requests and reports <paramref name="reason"/> through <see cref="Closed"/>.
    /// </summary>
    public async Task AbortAsync(StatusCode reason)
    {
        if (IsClosed) return;
        _closeReason = reason;
        await CloseTransportAsync();
    }

    /// <summary>Sends CloseSecureChannel and closes the socket.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        _closeRequested = true;
        if (IsClosed) return;
        _closeReason = StatusCode.BadSecureChannelClosed;
        try
        {
            var request = new CloseSecureChannelRequest
            {
                RequestHeader = new RequestHeader { AuthenticationToken = AuthenticationToken, Timestamp = Clock.GetUtcNow().UtcDateTime },
            };
            await SendSecureMessageAsync(MessageTypes.CloseChannel, NextRequestId(), request, StatusCode.BadRequestTooLarge, cancellationToken);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or ServiceResultException)
        {
            // Closing anyway.
        }
        await CloseTransportAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        _closeRequested = true;
        _renewal?.Dispose();
        await CloseTransportAsync();
        if (_watched) await _receiveEnded.Task;
        await base.DisposeAsync();
    }
}
