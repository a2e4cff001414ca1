using System.Net.Sockets;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Server.Subscriptions;
using Mes.OpcUa.Services;
using Mes.OpcUa.Transport;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server;

/// <summary>
/// The server end of one UA-TCP connection: Hello/Acknowledge, OpenSecureChannel (issue and renew), then requests
/// handled in arrival order. Any transport or channel failure — a frame before Hello, an unknown message type, a bad
/// size, a sequence gap, a malformed body — is answered with an Error frame and the socket is closed; the server
/// carries on.
/// </summary>
internal sealed class ServerConnection : UascChannel, IResponseSink
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);
    private static int _channelIds;
    private readonly ServiceDispatcher _dispatcher;
    private readonly UaServerOptions _options;
    private uint _tokenIds;

    public ServerConnection(Stream stream, ServiceDispatcher dispatcher, UaServerOptions options)
        : base(stream, options.EncodingLimits, options.Clock)
    {
        _dispatcher = dispatcher;
        _options = options;
    }

    public async Task RunAsync(CancellationToken serverStopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(serverStopping, Lifetime.Token);
        try
        {
            await HandshakeAsync(linked.Token);
            while (!linked.IsCancellationRequested)
            {
                using var frame = await ReadFrameAsync(linked.Token);
                if (frame is null) break;
                await HandleFrameAsync(frame);
            }
        }
        catch (ServiceResultException e)
        {
            await FailAsync(e.StatusCode, e.Message);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The peer left or the server is stopping.
        }
        finally
        {
            await CloseTransportAsync();
        }
    }

    /// <summary>Refuses a connection the server has no room for.</summary>
    public async Task RefuseAsync(StatusCode status, string reason)
    {
        await FailAsync(status, reason);
    }

    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HandshakeTimeout);
        using var frame = await ReadFrameAsync(timeout.Token)
            ?? throw new ServiceResultException(StatusCode.BadConnectionClosed, "the client closed the connection before Hello");
        if (frame.Header.MessageType != MessageTypes.Hello)
            throw new ServiceResultException(StatusCode.BadCommunicationError, $"expected HEL, got {MessageTypes.Name(frame.Header.MessageType)}");
        var reader = new UaReader(frame.Payload, Limits);
        var hello = HelloMessage.Decode(ref reader);
        if (hello.ReceiveBufferSize < TransportLimits.MinimumBufferSize || hello.SendBufferSize < TransportLimits.MinimumBufferSize)
            throw new ServiceResultException(StatusCode.BadConnectionRejected, $"buffer sizes {hello.ReceiveBufferSize}/{hello.SendBufferSize} are below {TransportLimits.MinimumBufferSize}");
        var limits = _options.TransportLimits;
        var ack = new AcknowledgeMessage(0,
            Math.Min(limits.ReceiveBufferSize, hello.SendBufferSize),
            Math.Min(limits.SendBufferSize, hello.ReceiveBufferSize),
            limits.MaxMessageSize,
            limits.MaxChunkCount);
        ApplyLimits(ack.ReceiveBufferSize, ack.SendBufferSize, hello.MaxMessageSize, hello.MaxChunkCount);
        await SendTransportMessageAsync(MessageTypes.Acknowledge, ack.Encode, cancellationToken);
    }

    private async Task HandleFrameAsync(Frame frame)
    {
        var type = frame.Header.MessageType;
        if (type is MessageTypes.Hello or MessageTypes.Acknowledge or MessageTypes.Error or MessageTypes.ReverseHello)
            throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, $"{MessageTypes.Name(type)} is not expected on an open connection");
        if (type == MessageTypes.OpenChannel && CurrentToken is null) ChannelId = (uint)Interlocked.Increment(ref _channelIds);
        var message = ProcessSecureFrame(frame);
        if (message is not { } received) return;
        switch (received.MessageType)
        {
            case MessageTypes.OpenChannel:
                await OpenChannelAsync(received);
                break;
            case MessageTypes.CloseChannel:
                await CloseTransportAsync();
                break;
            default:
                if (received.Body is AbortedMessage) return;
                if (received.Body is not IServiceRequest request)
                    throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, $"{received.Body.GetType().Name} is not a request");
                foreach (var response in _dispatcher.Dispatch(new RequestContext(this, ChannelId, received.RequestId), request))
                    await response.SendAsync();
                break;
        }
    }

    private async Task OpenChannelAsync(ReceivedMessage received)
    {
        if (received.Body is not OpenSecureChannelRequest request)
            throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, "an OPN chunk must carry an OpenSecureChannelRequest");
        if (request.RequestType == SecurityTokenRequestType.Issue && CurrentToken is not null)
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "the channel is already open");
        if (request.RequestType == SecurityTokenRequestType.Renew && CurrentToken is null)
            throw new ServiceResultException(StatusCode.BadSecureChannelIdInvalid, "renewal of a channel that was never opened");
        if (request.SecurityMode != MessageSecurityMode.None)
            throw new ServiceResultException(StatusCode.BadSecurityModeRejected, $"security mode {request.SecurityMode} is not offered");
        var lifetime = (uint)Math.Clamp(request.RequestedLifetime, _options.MinimumTokenLifetime.TotalMilliseconds, _options.MaximumTokenLifetime.TotalMilliseconds);
        var now = Clock.GetUtcNow().UtcDateTime;
        var token = new ChannelToken(++_tokenIds, now, lifetime, Policy.CreateSymmetricProtection(request.ClientNonce ?? [], [], false));
        var response = new OpenSecureChannelResponse
        {
            ResponseHeader = new ResponseHeader { Timestamp = now, RequestHandle = request.RequestHeader.RequestHandle },
            ServerProtocolVersion = 0,
            SecurityToken = new ChannelSecurityToken { ChannelId = ChannelId, TokenId = token.TokenId, CreatedAt = now, RevisedLifetime = lifetime },
            ServerNonce = [],
        };
        await SendSecureMessageAsync(MessageTypes.OpenChannel, received.RequestId, response, StatusCode.BadResponseTooLarge, Lifetime.Token);
        PreviousToken = CurrentToken;
        CurrentToken = token;
    }

    protected override void OnTokenUsed(ChannelToken token) => PreviousToken = null;

    protected override object Decode(uint messageType, uint requestId, ReadOnlySpan<byte> body)
    {
        var reader = new UaReader(body, Limits);
        var typeId = reader.ReadNodeId();
        if (EncodeableTypes.TryGetDecoder(typeId, out var decoder)) return decoder(ref reader);
        if (messageType != MessageTypes.Message)
            throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, $"message type {typeId} is unknown");
        return new UnsupportedRequest(typeId, RequestHeader.Decode(ref reader));
    }

    public async Task SendResponseAsync(uint requestId, IServiceResponse response)
    {
        if (IsClosed) return;
        try
        {
            await SendSecureMessageAsync(MessageTypes.Message, requestId, response, StatusCode.BadResponseTooLarge, Lifetime.Token);
        }
        catch (ServiceResultException e) when (e.StatusCode == StatusCode.BadResponseTooLarge)
        {
            await SendSecureMessageAsync(MessageTypes.Message, requestId, _dispatcher.Fault(new RequestHeader { RequestHandle = response.ResponseHeader.RequestHandle }, e.StatusCode),
                StatusCode.BadResponseTooLarge, Lifetime.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client is gone; its session times out on its own.
        }
    }
}
