using System.Net.Sockets;
using System.Security.Cryptography;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Server.Subscriptions;
using Mes.OpcUa.Services;
using Mes.OpcUa.Transport;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server;

/// <summary>
/// The server end of one UA-TCP connection: Hello/Acknowledge, OpenSecureChannel (issue and renew), then requests
/// handled in arrival order. The first OPN picks the security policy among those the endpoints offer and, for an RSA
/// policy, checks the client certificate against the PKI store's trust list. Any transport, channel or security
/// failure — a frame before Hello, an unknown message type, a bad size, a sequence gap, a bad signature or padding, an
/// unknown token, an untrusted certificate, a malformed body — is answered with an Error frame and the socket is
/// closed; the server carries on.
/// </summary>
internal sealed class ServerConnection : UascChannel, IResponseSink
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);
    private static int _channelIds;
    private readonly ServiceDispatcher _dispatcher;
    private readonly ServerContext _state;
    private readonly UaServerOptions _options;
    private ChannelSecurity _security = ChannelSecurity.None;
    private uint _tokenIds;

    public ServerConnection(Stream stream, ServiceDispatcher dispatcher, ServerContext state)
        : base(stream, state.Options.EncodingLimits, state.Options.Clock)
    {
        _dispatcher = dispatcher;
        _state = state;
        _options = state.Options;
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
                foreach (var response in _dispatcher.Dispatch(new RequestContext(this, ChannelId, received.RequestId) { Security = _security }, request))
                    await response.SendAsync();
                break;
        }
    }

    /// <summary>
    /// On the first OPN: the policy must be one an endpoint offers, or None, which every server accepts for discovery
    /// (GetEndpoints) even when it serves sessions on secure endpoints only; under an RSA policy the chunk must be encrypted
    /// for our certificate and the client certificate must be trusted. A refused certificate is reported as
    /// BadSecurityChecksFailed unless it is merely out of date or not an application certificate (Part 4 §5.5.2):
    /// a client must not learn what the trust list holds.
    /// </summary>
    protected override IChunkProtection AcceptOpenChannelHeader(AsymmetricSecurityHeader header)
    {
        if (CurrentToken is not null) return base.AcceptOpenChannelHeader(header);
        var policy = ISecurityPolicy.Find(header.SecurityPolicyUri);
        if (policy is null || (policy is not NoSecurityPolicy && !_state.OffersPolicy(policy.Uri)))
            throw new ServiceResultException(StatusCode.BadSecurityPolicyRejected, $"security policy '{header.SecurityPolicyUri}' is not offered");
        Policy = policy;
        if (policy is not RsaSecurityPolicy) return base.AcceptOpenChannelHeader(header);
        if (header.SenderCertificate is not { Length: > 0 } clientCertificate)
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, $"{policy.Uri} needs the client certificate");
        if (header.ReceiverCertificateThumbprint is not { } thumbprint || !thumbprint.AsSpan().SequenceEqual(SHA1.HashData(_state.CertificateDer)))
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "the OpenSecureChannel request was encrypted for another server certificate");
        try
        {
            using var trusted = (_options.Pki ?? throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "the server has no trust list"))
                .Validate(clientCertificate, CertificateUse.Application);
        }
        catch (ServiceResultException e)
        {
            _state.CertificateRefused?.Invoke(TryLoad(clientCertificate), e.StatusCode);
            var status = e.StatusCode == StatusCode.BadCertificateTimeInvalid || e.StatusCode == StatusCode.BadCertificateUseNotAllowed
                ? e.StatusCode
                : StatusCode.BadSecurityChecksFailed;
            throw new ServiceResultException(status, "the client certificate was refused", e);
        }
        Certificates = new ChannelCertificates(_state.Certificate, clientCertificate);
        return base.AcceptOpenChannelHeader(header);
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2? TryLoad(byte[] certificate)
    {
        try
        {
            return CertificateChain.LoadLeaf(certificate);
        }
        catch (ServiceResultException)
        {
            return null;
        }
    }

    private async Task OpenChannelAsync(ReceivedMessage received)
    {
        if (received.Body is not OpenSecureChannelRequest request)
            throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, "an OPN chunk must carry an OpenSecureChannelRequest");
        switch (request.RequestType)
        {
            case SecurityTokenRequestType.Issue when CurrentToken is not null:
                throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "the channel is already open");
            case SecurityTokenRequestType.Issue:
                var discovery = Policy is NoSecurityPolicy && request.SecurityMode == MessageSecurityMode.None;
                if (!discovery && !_state.Offers(Policy.Uri, request.SecurityMode))
                    throw new ServiceResultException(StatusCode.BadSecurityModeRejected, $"security mode {request.SecurityMode} is not offered with {Policy.Uri}");
                Mode = request.SecurityMode;
                _security = new ChannelSecurity(Policy, Mode, Certificates?.PeerCertificate) { DiscoveryOnly = !_state.Offers(Policy.Uri, Mode) };
                break;
            case SecurityTokenRequestType.Renew when CurrentToken is null:
                throw new ServiceResultException(StatusCode.BadSecureChannelIdInvalid, "renewal of a channel that was never opened");
            case SecurityTokenRequestType.Renew when request.SecurityMode != Mode:
                throw new ServiceResultException(StatusCode.BadSecurityModeRejected, $"a renewal cannot change the security mode from {Mode} to {request.SecurityMode}");
            case SecurityTokenRequestType.Renew:
                break;
            default:
                throw new ServiceResultException(StatusCode.BadRequestTypeInvalid, $"request type {(int)request.RequestType} is invalid");
        }
        var clientNonce = request.ClientNonce ?? [];
        if (Policy.NonceLength > 0 && clientNonce.Length != Policy.NonceLength)
            throw new ServiceResultException(StatusCode.BadNonceInvalid, $"the client nonce has {clientNonce.Length} bytes, {Policy.Uri} needs {Policy.NonceLength}");
        var serverNonce = Policy.NonceLength > 0 ? RandomNumberGenerator.GetBytes(Policy.NonceLength) : [];
        var lifetime = (uint)Math.Clamp(request.RequestedLifetime, _options.MinimumTokenLifetime.TotalMilliseconds, _options.MaximumTokenLifetime.TotalMilliseconds);
        var now = Clock.GetUtcNow().UtcDateTime;
        var token = new ChannelToken(++_tokenIds, now, lifetime, Policy.CreateSymmetricProtection(clientNonce, serverNonce, isClient: false, Mode));
        var response = new OpenSecureChannelResponse
        {
            ResponseHeader = new ResponseHeader { Timestamp = now, RequestHandle = request.RequestHeader.RequestHandle },
            ServerProtocolVersion = 0,
            SecurityToken = new ChannelSecurityToken { ChannelId = ChannelId, TokenId = token.TokenId, CreatedAt = now, RevisedLifetime = lifetime },
            ServerNonce = serverNonce,
        };
        try
        {
            await SendSecureMessageAsync(MessageTypes.OpenChannel, received.RequestId, response, StatusCode.BadResponseTooLarge, Lifetime.Token);
        }
        catch
        {
            token.Dispose();
            throw;
        }
        InstallToken(token, sendWithIt: false);
    }

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
