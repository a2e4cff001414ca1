using System.Security.Cryptography.X509Certificates;
using System.Net;
using System.Security.Cryptography;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Client;

/// <summary>The session side of <see cref="UaClient"/>: channel, CreateSession/ActivateSession, keep-alive and reconnection.</summary>
public sealed partial class UaClient
{
    private static readonly TimeSpan HeartbeatPeriod = TimeSpan.FromSeconds(1);
    private ITimer? _heartbeat;
    private long _lastRequestTicks;
    private int _keepAliveInFlight;
    private byte[] _serverNonce = [];
    private byte[]? _serverCertificate;

    /// <summary>
    /// Discovers the endpoints over SecurityPolicy None and opens the channel for the chosen one: the discovery channel
    /// itself for None, else a new secured channel after the server certificate passed the checks.
    /// </summary>
    private async Task<ClientChannel> OpenChannelAsync(CancellationToken cancellationToken)
    {
        var discovery = await ClientChannel.OpenAsync(_url, _options, EndpointSecurity.None, null, null, cancellationToken);
        EndpointDescription endpoint;
        try
        {
            var endpoints = await FetchEndpointsAsync(discovery, _url, _options, cancellationToken);
            endpoint = EndpointSelection.Choose(endpoints, _options.Security);
            var protectsSecrets = _options.Identity is not AnonymousIdentity;
            if (_options.Pki is { } pki && (_options.Security.IsSecure || protectsSecrets))
                EndpointSelection.CheckServerCertificate(endpoint, pki, _url, _options.CheckServerHostName);
            Endpoint = endpoint;
            if (!_options.Security.IsSecure) return discovery;
            await discovery.CloseAsync(cancellationToken);
        }
        catch
        {
            await discovery.DisposeAsync();
            throw;
        }
        await discovery.DisposeAsync();
        var pkiStore = _options.Pki
            ?? throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, $"{_options.Security} needs UaClientOptions.Pki for the client certificate and the trust list");
        _ownCertificate ??= pkiStore.LoadOrCreateApplicationCertificate(_options.ApplicationUri, _options.ApplicationName, [Dns.GetHostName()]);
        return await ClientChannel.OpenAsync(_url, _options, _options.Security, _ownCertificate, endpoint.ServerCertificate, cancellationToken);
    }

    /// <summary>Makes <paramref name="channel"/> the one requests go to; the previous one is disposed.</summary>
    private void Attach(ClientChannel channel)
    {
        var previous = _channel;
        channel.AuthenticationToken = previous?.AuthenticationToken ?? default;
        channel.Closed += reason => OnChannelClosed(channel, reason);
        _channel = channel;
        if (previous is not null) _ = previous.DisposeAsync().AsTask();
    }

    private async Task CreateSessionAsync(CancellationToken cancellationToken)
    {
        var secure = _options.Security.IsSecure;
        var clientNonce = RandomNumberGenerator.GetBytes(32);
        var clientCertificate = secure ? _ownCertificate!.RawData : null;
        _channel.AuthenticationToken = default;
        var created = (CreateSessionResponse)await _channel.SendRequestAsync(new CreateSessionRequest
        {
            ClientDescription = new ApplicationDescription
            {
                ApplicationUri = _options.ApplicationUri,
                ProductUri = _options.ProductUri,
                ApplicationName = new LocalizedText("en", _options.ApplicationName),
                ApplicationType = ApplicationType.Client,
            },
            EndpointUrl = _url.Text,
            SessionName = _options.SessionName,
            ClientNonce = clientNonce,
            ClientCertificate = clientCertificate,
            RequestedSessionTimeout = _options.SessionTimeout.TotalMilliseconds,
            MaxResponseMessageSize = (uint)_options.EncodingLimits.MaxMessageSize,
        }, _options.RequestTimeout, cancellationToken);
        _serverCertificate = created.ServerCertificate is { Length: > 0 } sent ? sent : Endpoint.ServerCertificate;
        if (secure)
        {
            if (!(_serverCertificate ?? []).AsSpan().SequenceEqual(Endpoint.ServerCertificate ?? []))
                throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "CreateSession returned another server certificate than the endpoint's");
            VerifyServerSignature(created.ServerSignature, [.. clientCertificate!, .. clientNonce]);
            EndpointSelection.CheckSessionEndpoints(Endpoint, created.ServerEndpoints);
        }
        SessionId = created.SessionId;
        SessionTimeout = TimeSpan.FromMilliseconds(created.RevisedSessionTimeout);
        _serverNonce = created.ServerNonce ?? [];
        _channel.AuthenticationToken = created.AuthenticationToken;
    }

    private void VerifyServerSignature(SignatureData signature, byte[] signed)
    {
        var policy = (RsaSecurityPolicy)ISecurityPolicy.Find(_options.Security.PolicyUri)!;
        using var certificate = Security.CertificateChain.LoadLeaf(_serverCertificate ?? []);
        using var key = certificate.GetRSAPublicKey();
        if (key is null || signature.Algorithm != policy.AsymmetricSignatureAlgorithm || signature.Signature is null || !policy.Verify(key, signed, signature.Signature))
            throw new ServiceResultException(StatusCode.BadApplicationSignatureInvalid, "the server's session signature does not verify");
    }

    /// <summary>Activates the session on the current channel, signing the server's latest nonce when the channel is secured.</summary>
    private async Task ActivateSessionAsync(CancellationToken cancellationToken)
    {
        var clientSignature = new SignatureData();
        if (_options.Security.IsSecure)
        {
            var policy = (RsaSecurityPolicy)ISecurityPolicy.Find(_options.Security.PolicyUri)!;
            using var key = _ownCertificate!.GetRSAPrivateKey()!;
            clientSignature = new SignatureData { Algorithm = policy.AsymmetricSignatureAlgorithm, Signature = policy.Sign(key, [.. _serverCertificate ?? [], .. _serverNonce]) };
        }
        var (token, tokenSignature) = IdentityTokens.Create(_options.Identity, Endpoint, _serverNonce, _serverCertificate);
        var response = (ActivateSessionResponse)await _channel.SendRequestAsync(new ActivateSessionRequest
        {
            ClientSignature = clientSignature,
            LocaleIds = ["en"],
            UserIdentityToken = token,
            UserTokenSignature = tokenSignature,
        }, _options.RequestTimeout, cancellationToken);
        _serverNonce = response.ServerNonce ?? [];
        Touch();
    }

    private async Task AfterActivationAsync(CancellationToken cancellationToken)
    {
        OperationLimits = await ReadOperationLimitsAsync(cancellationToken);
        _heartbeat ??= _options.Clock.CreateTimer(_ => _ = HeartbeatAsync(), null, HeartbeatPeriod, HeartbeatPeriod);
    }

    /// <summary>
    /// Reads the server's operation limits: MaxNodesPerRead alone first (a server may take as few as one node per Read),
    /// then the others within it. A server that publishes none, or refuses the read, is taken to have no limits.
    /// </summary>
    private async Task<ServerOperationLimits> ReadOperationLimitsAsync(CancellationToken cancellationToken)
    {
        OperationLimits = ServerOperationLimits.None;
        try
        {
            var perRead = (await ReadAsync([WellKnownNodes.MaxNodesPerRead], AttributeId.Value, TimestampsToReturn.Neither, cancellationToken))[0];
            OperationLimits = new ServerOperationLimits(perRead.Value.TryGet<uint>(out var readLimit) ? readLimit : 0, 0, 0, 0);
            var others = await ReadAsync([WellKnownNodes.MaxNodesPerWrite, WellKnownNodes.MaxNodesPerBrowse, WellKnownNodes.MaxMonitoredItemsPerCall],
                AttributeId.Value, TimestampsToReturn.Neither, cancellationToken);
            uint Limit(int index) => others[index].Value.TryGet<uint>(out var limit) ? limit : 0;
            return OperationLimits with { MaxNodesPerWrite = Limit(0), MaxNodesPerBrowse = Limit(1), MaxMonitoredItemsPerCall = Limit(2) };
        }
        catch (ServiceResultException e) when (!IsConnectionFailure(e.StatusCode))
        {
            return ServerOperationLimits.None;
        }
    }

    private void Touch() => Interlocked.Exchange(ref _lastRequestTicks, _options.Clock.GetTimestamp());

    private async Task<T> CallServiceAsync<T>(IServiceRequest request, CancellationToken cancellationToken)
    {
        Touch();
        return (T)await _channel.SendRequestAsync(request, _options.RequestTimeout, cancellationToken);
    }

    /// <summary>
    /// Once a second: Publish requests past their deadline fail (they are answered on the receive thread, so a
    /// timer of their own would wake a pool thread a second time each second); when the server has been silent longer than it may be — a keep-alive per subscription's
    /// keep-alive interval, or the answer to our own keep-alive read — the connection is taken for dead and dropped
    /// (a pulled cable leaves TCP waiting for minutes); when no request went out for a third of the session timeout,
    /// a cheap read of the server's clock keeps the session alive.
    /// </summary>
    private async Task HeartbeatAsync()
    {
        var channel = _channel;
        if (Volatile.Read(ref _closed) != 0 || channel.IsClosed) return;
        channel.ExpirePostedRequests();
        var clock = _options.Clock;
        if (clock.GetElapsedTime(channel.LastReceived) > AllowedSilence())
        {
            await channel.AbortAsync(StatusCode.BadNoCommunication);
            return;
        }
        if (clock.GetElapsedTime(Interlocked.Read(ref _lastRequestTicks)) < KeepAlivePeriod || Interlocked.Exchange(ref _keepAliveInFlight, 1) != 0) return;
        try
        {
            await ReadValueAsync(WellKnownNodes.ServerStatusCurrentTime, _stopping.Token);
        }
        catch (Exception e) when (e is ServiceResultException or OperationCanceledException or ObjectDisposedException)
        {
            // A lost connection is reported through ConnectionLost.
        }
        finally
        {
            Interlocked.Exchange(ref _keepAliveInFlight, 0);
        }
    }

    private TimeSpan KeepAlivePeriod => TimeSpan.FromMilliseconds(Math.Max(SessionTimeout.TotalMilliseconds / 3, 1000));

    private TimeSpan AllowedSilence()
    {
        var longest = KeepAlivePeriod;
        foreach (var subscription in _subscriptions.Values)
        {
            var quiet = subscription.PublishingInterval * Math.Max(1u, subscription.MaxKeepAliveCount) * 1.5;
            if (quiet > longest) longest = quiet;
        }
        return longest + HeartbeatPeriod + _options.RequestTimeout;
    }

    private void OnChannelClosed(ClientChannel channel, StatusCode reason)
    {
        if (channel != _channel) return;
        if (!KeepsSubscriptionsWhenDisconnected)
        {
            foreach (var subscription in _subscriptions.Values) subscription.Complete(reason);
        }
        if (Volatile.Read(ref _closed) == 0) ConnectionLost?.Invoke(reason);
    }

    /// <summary>Statuses that say the connection, not the request, failed.</summary>
    internal static bool IsConnectionFailure(StatusCode status) =>
        status == StatusCode.BadTimeout || status == StatusCode.BadConnectionClosed || status == StatusCode.BadNotConnected ||
        status == StatusCode.BadSecureChannelClosed || status == StatusCode.BadNoCommunication || status == StatusCode.BadTcpInternalError ||
        status == StatusCode.BadCommunicationError || status == StatusCode.BadRequestInterrupted;

    /// <summary>
    /// Resumes after the connection was lost: a new channel (endpoints and server certificate checked again), then the
    /// old session reactivated on it and the notifications the server sent meanwhile republished in order; when the
    /// session is gone (server restarted, session timed out), a new session, whose subscriptions are transferred or,
    /// where the server cannot, created again with their monitored items (which then report their current values).
    /// </summary>
    internal async Task<SessionResumption> ReconnectAsync(CancellationToken cancellationToken)
    {
        Attach(await OpenChannelAsync(cancellationToken));
        try
        {
            await ActivateSessionAsync(cancellationToken);
            var expired = await RepublishMissedAsync(_subscriptions.Values.ToArray(), cancellationToken);
            foreach (var subscription in expired) await RecreateAsync(subscription, cancellationToken);
            StartPublishing();
            return expired.Count == 0 ? SessionResumption.Reactivated : SessionResumption.Recreated;
        }
        catch (ServiceResultException e) when (!IsConnectionFailure(e.StatusCode))
        {
            // The session did not survive: a new one follows.
        }
        var previousSubscriptions = _subscriptions.Values.ToArray();
        await CreateSessionAsync(cancellationToken);
        await ActivateSessionAsync(cancellationToken);
        await AfterActivationAsync(cancellationToken);
        while (_acknowledgements.TryDequeue(out _))
        {
        }
        var resumption = previousSubscriptions.Length == 0 ? SessionResumption.NewSession : await RestoreSubscriptionsAsync(previousSubscriptions, cancellationToken);
        StartPublishing();
        return resumption;
    }

    private async Task<SessionResumption> RestoreSubscriptionsAsync(UaSubscription[] subscriptions, CancellationToken cancellationToken)
    {
        TransferResult[] results;
        try
        {
            var response = await CallServiceAsync<TransferSubscriptionsResponse>(new TransferSubscriptionsRequest
            {
                SubscriptionIds = subscriptions.Select(s => s.Id).ToArray(),
                SendInitialValues = true,
            }, cancellationToken);
            results = CheckCount(response.Results, subscriptions.Length, "TransferSubscriptions");
        }
        catch (ServiceResultException e) when (!IsConnectionFailure(e.StatusCode))
        {
            results = subscriptions.Select(_ => new TransferResult { StatusCode = e.StatusCode }).ToArray();
        }
        var resumption = SessionResumption.Transferred;
        for (var i = 0; i < subscriptions.Length; i++)
        {
            if (results[i].StatusCode.IsGood && (await RepublishMissedAsync([subscriptions[i]], cancellationToken)).Count == 0) continue;
            await RecreateAsync(subscriptions[i], cancellationToken);
            resumption = SessionResumption.Recreated;
        }
        return resumption;
    }

    private async Task RecreateAsync(UaSubscription subscription, CancellationToken cancellationToken)
    {
        var options = subscription.Options;
        var response = await CallServiceAsync<CreateSubscriptionResponse>(CreateSubscriptionRequestFor(options), cancellationToken);
        _subscriptions.TryRemove(subscription.Id, out _);
        subscription.Recreated(response.SubscriptionId, TimeSpan.FromMilliseconds(response.RevisedPublishingInterval),
            response.RevisedMaxKeepAliveCount, response.RevisedLifetimeCount);
        _subscriptions[subscription.Id] = subscription;
        var definitions = subscription.Definitions;
        if (definitions.Count > 0) subscription.ItemsRecreated(await CreateMonitoredItemsAsync(subscription, definitions, cancellationToken));
    }

    /// <summary>
    /// Replaces the namespace index of nodes that name their namespace URI with the server's current index for it; a URI
    /// the server does not know gives an index no server uses, so the item is refused with BadNodeIdUnknown.
    /// </summary>
    private async Task<IReadOnlyList<MonitoredNode>> ResolveNamespacesAsync(IReadOnlyList<MonitoredNode> nodes, CancellationToken cancellationToken)
    {
        if (nodes.All(n => n.NamespaceUri is null)) return nodes;
        var table = (await ReadValueAsync(WellKnownNodes.NamespaceArray, cancellationToken)).Value.TryGet<string[]>(out var uris) ? uris : [];
        return nodes.Select(n =>
        {
            if (n.NamespaceUri is null) return n;
            var index = Array.IndexOf(table, n.NamespaceUri);
            return n with { NodeId = n.NodeId.InNamespace(index < 0 ? ushort.MaxValue : (ushort)index) };
        }).ToArray();
    }
}
