using System.Collections.Concurrent;
using System.Security.Cryptography;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Transport;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Client;

/// <summary>
/// An OPC UA client session over one secure channel (SecurityPolicy None). Every call is async and takes a
/// cancellation token; no thread is held per session (the channel's receive loop and the Publish requests are tasks).
/// Safe to call from several tasks at once.
/// </summary>
public sealed class UaClient : IAsyncDisposable
{
    private readonly ClientChannel _channel;
    private readonly UaClientOptions _options;
    private readonly ConcurrentDictionary<uint, UaSubscription> _subscriptions = new();
    private readonly ConcurrentQueue<SubscriptionAcknowledgement> _acknowledgements = new();
    private readonly PublishResponseDecoder _publishDecoder;
    private readonly CancellationTokenSource _stopping = new();
    private int _publishesInFlight;
    private int _publishTarget;
    private ITimer? _keepAlive;
    private long _lastRequestTicks;
    private int _closed;

    private UaClient(ClientChannel channel, UaClientOptions options)
    {
        _channel = channel;
        _options = options;
        _publishDecoder = new PublishResponseDecoder(id => _subscriptions.GetValueOrDefault(id));
        _publishTarget = Math.Max(1, options.PublishRequestCount);
        _channel.Closed += OnChannelClosed;
    }

    /// <summary>The endpoint the session runs on.</summary>
    public EndpointDescription Endpoint { get; private set; } = new();

    /// <summary>The server's id of the session.</summary>
    public NodeId SessionId { get; private set; }

    /// <summary>The session timeout the server granted.</summary>
    public TimeSpan SessionTimeout { get; private set; }

    /// <summary>The server's operation limits, read after the session was activated; requests are split to respect them.</summary>
    public ServerOperationLimits OperationLimits { get; private set; } = ServerOperationLimits.None;

    /// <summary>The id of the channel's current security token; it changes each time the token is renewed.</summary>
    public uint SecurityTokenId => _channel.TokenId;

    /// <summary>False once the connection is lost or closed.</summary>
    public bool IsConnected => !_channel.IsClosed;

    /// <summary>Raised when the connection is lost (not when closed by <see cref="CloseAsync"/>), with the reason.</summary>
    public event Action<StatusCode>? ConnectionLost;

    /// <summary>Asks a server which endpoints it offers.</summary>
    public static async Task<IReadOnlyList<EndpointDescription>> GetEndpointsAsync(string endpointUrl, UaClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new UaClientOptions();
        var url = EndpointUrl.Parse(endpointUrl);
        await using var channel = await ClientChannel.OpenAsync(url, options, cancellationToken);
        var endpoints = await FetchEndpointsAsync(channel, url, options, cancellationToken);
        await channel.CloseAsync(cancellationToken);
        return endpoints;
    }

    private static async Task<EndpointDescription[]> FetchEndpointsAsync(ClientChannel channel, EndpointUrl url, UaClientOptions options, CancellationToken cancellationToken)
    {
        var response = (GetEndpointsResponse)await channel.SendRequestAsync(new GetEndpointsRequest { EndpointUrl = url.Text }, options.RequestTimeout, cancellationToken);
        return response.Endpoints ?? [];
    }

    /// <summary>
    /// Connects: opens a secure channel with SecurityPolicy None, picks the server's None endpoint, creates and
    /// activates a session with <see cref="UaClientOptions.Identity"/>.
    /// </summary>
    /// <exception cref="ServiceResultException">The server refused (e.g. BadUserAccessDenied) or cannot be reached (BadNotConnected).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000", Justification = "The channel is owned by the client, which disposes it on failure.")]
    public static async Task<UaClient> ConnectAsync(string endpointUrl, UaClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new UaClientOptions();
        var url = EndpointUrl.Parse(endpointUrl);
        var channel = await ClientChannel.OpenAsync(url, options, cancellationToken);
        var client = new UaClient(channel, options);
        try
        {
            await client.OpenSessionAsync(url, cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    private async Task OpenSessionAsync(EndpointUrl url, CancellationToken cancellationToken)
    {
        var endpoints = await FetchEndpointsAsync(_channel, url, _options, cancellationToken);
        Endpoint = endpoints.FirstOrDefault(e => e.SecurityPolicyUri == SecurityPolicyUris.None && e.SecurityMode == MessageSecurityMode.None)
            ?? throw new ServiceResultException(StatusCode.BadSecurityPolicyRejected, "the server offers no endpoint with SecurityPolicy None");
        var created = (CreateSessionResponse)await _channel.SendRequestAsync(new CreateSessionRequest
        {
            ClientDescription = new ApplicationDescription
            {
                ApplicationUri = _options.ApplicationUri,
                ProductUri = _options.ProductUri,
                ApplicationName = new LocalizedText("en", _options.ApplicationName),
                ApplicationType = ApplicationType.Client,
            },
            EndpointUrl = url.Text,
            SessionName = _options.SessionName,
            ClientNonce = RandomNumberGenerator.GetBytes(32),
            RequestedSessionTimeout = _options.SessionTimeout.TotalMilliseconds,
            MaxResponseMessageSize = (uint)_options.EncodingLimits.MaxMessageSize,
        }, _options.RequestTimeout, cancellationToken);
        SessionId = created.SessionId;
        SessionTimeout = TimeSpan.FromMilliseconds(created.RevisedSessionTimeout);
        _channel.AuthenticationToken = created.AuthenticationToken;
        var serverCertificate = created.ServerCertificate ?? Endpoint.ServerCertificate;
        await _channel.SendRequestAsync(new ActivateSessionRequest
        {
            ClientSignature = new SignatureData(),
            LocaleIds = ["en"],
            UserIdentityToken = CreateIdentityToken(created.ServerNonce, serverCertificate),
            UserTokenSignature = new SignatureData(),
        }, _options.RequestTimeout, cancellationToken);
        Touch();
        OperationLimits = await ReadOperationLimitsAsync(cancellationToken);
        var period = TimeSpan.FromMilliseconds(Math.Max(SessionTimeout.TotalMilliseconds / 3, 1000));
        _keepAlive = _options.Clock.CreateTimer(_ => _ = KeepSessionAliveAsync(period), null, period, period);
    }

    /// <summary>
    /// Reads the server's operation limits: MaxNodesPerRead alone first (a server may take as few as one node per Read),
    /// then the others within it. A server that publishes none, or refuses the read, is taken to have no limits.
    /// </summary>
    private async Task<ServerOperationLimits> ReadOperationLimitsAsync(CancellationToken cancellationToken)
    {
        try
        {
            var perRead = (await ReadAsync([WellKnownNodes.MaxNodesPerRead], AttributeId.Value, TimestampsToReturn.Neither, cancellationToken))[0];
            OperationLimits = new ServerOperationLimits(perRead.Value.TryGet<uint>(out var readLimit) ? readLimit : 0, 0, 0, 0);
            var others = await ReadAsync([WellKnownNodes.MaxNodesPerWrite, WellKnownNodes.MaxNodesPerBrowse, WellKnownNodes.MaxMonitoredItemsPerCall],
                AttributeId.Value, TimestampsToReturn.Neither, cancellationToken);
            uint Limit(int index) => others[index].Value.TryGet<uint>(out var limit) ? limit : 0;
            return OperationLimits with { MaxNodesPerWrite = Limit(0), MaxNodesPerBrowse = Limit(1), MaxMonitoredItemsPerCall = Limit(2) };
        }
        catch (ServiceResultException e) when (e.StatusCode != StatusCode.BadTimeout && e.StatusCode != StatusCode.BadConnectionClosed)
        {
            return ServerOperationLimits.None;
        }
    }

    private ExtensionObject CreateIdentityToken(byte[]? serverNonce, byte[]? serverCertificate)
    {
        var policies = Endpoint.UserIdentityTokens ?? [];
        switch (_options.Identity)
        {
            case UserNameIdentity user:
            {
                var policy = policies.FirstOrDefault(p => p.TokenType == UserTokenType.UserName)
                    ?? throw new ServiceResultException(StatusCode.BadIdentityTokenRejected, "the endpoint accepts no user name tokens");
                var policyUri = string.IsNullOrEmpty(policy.SecurityPolicyUri) ? Endpoint.SecurityPolicyUri : policy.SecurityPolicyUri;
                if (!UserTokenEncryption.IsRequired(policyUri))
                    return new ExtensionObject(new UserNameIdentityToken { PolicyId = policy.PolicyId, UserName = user.User, Password = System.Text.Encoding.UTF8.GetBytes(user.Password) });
                if (serverCertificate is null || serverCertificate.Length == 0)
                    throw new ServiceResultException(StatusCode.BadCertificateInvalid, "the server asks for an encrypted password but sent no certificate");
                var (secret, algorithm) = UserTokenEncryption.Encrypt(user.Password, serverNonce ?? [], serverCertificate, policyUri!);
                return new ExtensionObject(new UserNameIdentityToken { PolicyId = policy.PolicyId, UserName = user.User, Password = secret, EncryptionAlgorithm = algorithm });
            }
            default:
            {
                var policy = policies.FirstOrDefault(p => p.TokenType == UserTokenType.Anonymous)
                    ?? throw new ServiceResultException(StatusCode.BadIdentityTokenRejected, "the endpoint accepts no anonymous sessions");
                return new ExtensionObject(new AnonymousIdentityToken { PolicyId = policy.PolicyId });
            }
        }
    }

    private void Touch() => Interlocked.Exchange(ref _lastRequestTicks, _options.Clock.GetTimestamp());

    private async Task KeepSessionAliveAsync(TimeSpan period)
    {
        if (_options.Clock.GetElapsedTime(Interlocked.Read(ref _lastRequestTicks)) < period || !IsConnected) return;
        try
        {
            await ReadValueAsync(WellKnownNodes.ServerStatusCurrentTime, _stopping.Token);
        }
        catch (Exception e) when (e is ServiceResultException or OperationCanceledException or ObjectDisposedException)
        {
            // A lost connection is reported through ConnectionLost.
        }
    }

    private async Task<T> CallServiceAsync<T>(IServiceRequest request, CancellationToken cancellationToken)
    {
        Touch();
        return (T)await _channel.SendRequestAsync(request, _options.RequestTimeout, cancellationToken);
    }

    /// <summary>Reads the Value attribute of one node (both timestamps).</summary>
    public async Task<DataValue> ReadValueAsync(NodeId nodeId, CancellationToken cancellationToken = default) =>
        (await ReadAsync([nodeId], AttributeId.Value, TimestampsToReturn.Both, cancellationToken))[0];

    /// <summary>Reads one attribute of several nodes; a node that cannot be read gives a data value with a bad status.</summary>
    public async Task<IReadOnlyList<DataValue>> ReadAsync(IReadOnlyList<NodeId> nodeIds, uint attributeId = AttributeId.Value,
        TimestampsToReturn timestamps = TimestampsToReturn.Both, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        var results = new List<DataValue>(nodeIds.Count);
        foreach (var batch in ServerOperationLimits.Batches(nodeIds, OperationLimits.MaxNodesPerRead))
        {
            var response = await CallServiceAsync<ReadResponse>(new ReadRequest
            {
                TimestampsToReturn = timestamps,
                NodesToRead = batch.Select(id => new ReadValueId { NodeId = id, AttributeId = attributeId }).ToArray(),
            }, cancellationToken);
            results.AddRange(CheckCount(response.Results, batch.Length, "Read"));
        }
        return results;
    }

    /// <summary>Writes the Value attribute of one node; returns Good or why the server refused (e.g. BadTypeMismatch, BadNotWritable).</summary>
    public async Task<StatusCode> WriteValueAsync(NodeId nodeId, Variant value, CancellationToken cancellationToken = default) =>
        (await WriteAsync([new KeyValuePair<NodeId, DataValue>(nodeId, new DataValue(value))], cancellationToken))[0];

    /// <summary>Writes the Value attribute of several nodes; returns one status per node.</summary>
    public async Task<IReadOnlyList<StatusCode>> WriteAsync(IReadOnlyList<KeyValuePair<NodeId, DataValue>> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var results = new List<StatusCode>(values.Count);
        foreach (var batch in ServerOperationLimits.Batches(values, OperationLimits.MaxNodesPerWrite))
        {
            var response = await CallServiceAsync<WriteResponse>(new WriteRequest
            {
                NodesToWrite = batch.Select(v => new WriteValue { NodeId = v.Key, AttributeId = AttributeId.Value, Value = v.Value }).ToArray(),
            }, cancellationToken);
            results.AddRange(CheckCount(response.Results, batch.Length, "Write"));
        }
        return results;
    }

    /// <summary>Calls a method of an object; the result carries the status, per-argument results and outputs.</summary>
    public async Task<MethodCallResult> CallAsync(NodeId objectId, NodeId methodId, IReadOnlyList<Variant> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var response = await CallServiceAsync<CallResponse>(new CallRequest
        {
            MethodsToCall = [new CallMethodRequest { ObjectId = objectId, MethodId = methodId, InputArguments = inputs.ToArray() }],
        }, cancellationToken);
        var result = CheckCount(response.Results, 1, "Call")[0];
        return new MethodCallResult(result.StatusCode, result.InputArgumentResults ?? [], result.OutputArguments ?? []);
    }

    /// <summary>Browses the references of a node, following continuation points until all are returned.</summary>
    public async Task<IReadOnlyList<ReferenceDescription>> BrowseAsync(NodeId nodeId, BrowseOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new BrowseOptions();
        var response = await CallServiceAsync<BrowseResponse>(new BrowseRequest
        {
            RequestedMaxReferencesPerNode = options.MaxReferencesPerNode,
            NodesToBrowse =
            [
                new BrowseDescription
                {
                    NodeId = nodeId,
                    BrowseDirection = options.Direction,
                    ReferenceTypeId = options.ReferenceTypeId,
                    IncludeSubtypes = options.IncludeSubtypes,
                    NodeClassMask = options.NodeClassMask,
                    ResultMask = 0x3F,
                },
            ],
        }, cancellationToken);
        var result = CheckCount(response.Results, 1, "Browse")[0];
        var references = new List<ReferenceDescription>();
        while (true)
        {
            if (result.StatusCode.IsBad) throw new ServiceResultException(result.StatusCode, $"Browse of {nodeId} failed");
            references.AddRange(result.References ?? []);
            if (result.ContinuationPoint is not { Length: > 0 } continuation) return references;
            var next = await CallServiceAsync<BrowseNextResponse>(new BrowseNextRequest
            {
                ReleaseContinuationPoints = false,
                ContinuationPoints = [continuation],
            }, cancellationToken);
            result = CheckCount(next.Results, 1, "BrowseNext")[0];
        }
    }

    /// <summary>Creates a subscription with monitored items; data changes then arrive through <see cref="UaSubscription.ReadChangesAsync"/>.</summary>
    public async Task<UaSubscription> SubscribeAsync(IReadOnlyList<MonitoredNode> nodes, SubscriptionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        options ??= new SubscriptionOptions();
        var response = await CallServiceAsync<CreateSubscriptionResponse>(new CreateSubscriptionRequest
        {
            RequestedPublishingInterval = options.PublishingInterval.TotalMilliseconds,
            RequestedLifetimeCount = options.LifetimeCount,
            RequestedMaxKeepAliveCount = options.MaxKeepAliveCount,
            MaxNotificationsPerPublish = options.MaxNotificationsPerPublish,
            PublishingEnabled = true,
            Priority = options.Priority,
        }, cancellationToken);
        var subscription = new UaSubscription(this, response.SubscriptionId, TimeSpan.FromMilliseconds(response.RevisedPublishingInterval),
            response.RevisedMaxKeepAliveCount, response.RevisedLifetimeCount);
        _subscriptions[subscription.Id] = subscription;
        if (nodes.Count > 0) await subscription.AddItemsAsync(nodes, cancellationToken);
        StartPublishing();
        return subscription;
    }

    internal async Task<IReadOnlyList<MonitoredItemResult>> CreateMonitoredItemsAsync(UaSubscription subscription, IReadOnlyList<MonitoredNode> nodes, CancellationToken cancellationToken)
    {
        var results = new List<MonitoredItemResult>(nodes.Count);
        foreach (var batch in ServerOperationLimits.Batches(nodes, OperationLimits.MaxMonitoredItemsPerCall))
        {
            var response = await CallServiceAsync<CreateMonitoredItemsResponse>(new CreateMonitoredItemsRequest
            {
                SubscriptionId = subscription.Id,
                TimestampsToReturn = batch[0].Timestamps,
                ItemsToCreate = batch.Select(n => new MonitoredItemCreateRequest
                {
                    ItemToMonitor = new ReadValueId { NodeId = n.NodeId, AttributeId = n.AttributeId },
                    MonitoringMode = MonitoringMode.Reporting,
                    RequestedParameters = new MonitoringParameters
                    {
                        ClientHandle = n.ClientHandle,
                        SamplingInterval = (n.SamplingInterval ?? subscription.PublishingInterval).TotalMilliseconds,
                        QueueSize = n.QueueSize,
                        DiscardOldest = n.DiscardOldest,
                        Filter = n.AbsoluteDeadband is { } deadband
                            ? new ExtensionObject(new DataChangeFilter { Trigger = DataChangeTrigger.StatusValue, DeadbandType = 1, DeadbandValue = deadband })
                            : default,
                    },
                }).ToArray(),
            }, cancellationToken);
            var created = CheckCount(response.Results, batch.Length, "CreateMonitoredItems");
            results.AddRange(created.Select((r, i) => new MonitoredItemResult(batch[i].ClientHandle, r.StatusCode, r.MonitoredItemId,
                TimeSpan.FromMilliseconds(r.RevisedSamplingInterval), r.RevisedQueueSize)));
        }
        return results;
    }

    internal async Task<IReadOnlyList<StatusCode>> DeleteMonitoredItemsAsync(uint subscriptionId, IReadOnlyList<uint> ids, CancellationToken cancellationToken)
    {
        var results = new List<StatusCode>(ids.Count);
        foreach (var batch in ServerOperationLimits.Batches(ids, OperationLimits.MaxMonitoredItemsPerCall))
        {
            var response = await CallServiceAsync<DeleteMonitoredItemsResponse>(new DeleteMonitoredItemsRequest
            {
                SubscriptionId = subscriptionId,
                MonitoredItemIds = batch,
            }, cancellationToken);
            results.AddRange(CheckCount(response.Results, batch.Length, "DeleteMonitoredItems"));
        }
        return results;
    }

    internal Task<ModifySubscriptionResponse> ModifySubscriptionAsync(uint subscriptionId, SubscriptionOptions options, CancellationToken cancellationToken) =>
        CallServiceAsync<ModifySubscriptionResponse>(new ModifySubscriptionRequest
        {
            SubscriptionId = subscriptionId,
            RequestedPublishingInterval = options.PublishingInterval.TotalMilliseconds,
            RequestedLifetimeCount = options.LifetimeCount,
            RequestedMaxKeepAliveCount = options.MaxKeepAliveCount,
            MaxNotificationsPerPublish = options.MaxNotificationsPerPublish,
            Priority = options.Priority,
        }, cancellationToken);

    internal async Task DeleteSubscriptionAsync(UaSubscription subscription, CancellationToken cancellationToken)
    {
        _subscriptions.TryRemove(subscription.Id, out _);
        if (!IsConnected) return;
        await CallServiceAsync<DeleteSubscriptionsResponse>(new DeleteSubscriptionsRequest { SubscriptionIds = [subscription.Id] }, cancellationToken);
    }

    internal void Acknowledge(uint subscriptionId, uint sequenceNumber) =>
        _acknowledgements.Enqueue(new SubscriptionAcknowledgement { SubscriptionId = subscriptionId, SequenceNumber = sequenceNumber });

    internal void RequestRepublish(UaSubscription subscription, uint first, uint last) =>
        _ = RepublishAsync(subscription, first, last);

    private async Task RepublishAsync(UaSubscription subscription, uint first, uint last)
    {
        for (var sequence = first; sequence <= last && sequence >= first; sequence++)
        {
            try
            {
                var response = await CallServiceAsync<RepublishResponse>(new RepublishRequest { SubscriptionId = subscription.Id, RetransmitSequenceNumber = sequence }, _stopping.Token);
                subscription.DeliverRepublished(response.NotificationMessage);
                Acknowledge(subscription.Id, sequence);
            }
            catch (ServiceResultException)
            {
                subscription.MessageLost();
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void StartPublishing() => TopUpPublishes();

    private TimeSpan PublishTimeout()
    {
        var longest = TimeSpan.Zero;
        foreach (var subscription in _subscriptions.Values)
        {
            var quiet = subscription.PublishingInterval * Math.Max(1u, subscription.MaxKeepAliveCount);
            if (quiet > longest) longest = quiet;
        }
        return longest + longest / 2 + _options.RequestTimeout;
    }

    /// <summary>Keeps <see cref="UaClientOptions.PublishRequestCount"/> Publish requests at the server while subscriptions exist.</summary>
    private void TopUpPublishes()
    {
        while (!_stopping.IsCancellationRequested && IsConnected && !_subscriptions.IsEmpty)
        {
            var inFlight = Volatile.Read(ref _publishesInFlight);
            if (inFlight >= Volatile.Read(ref _publishTarget)) return;
            if (Interlocked.CompareExchange(ref _publishesInFlight, inFlight + 1, inFlight) != inFlight) continue;
            _ = PostPublishAsync();
        }
    }

    private async Task PostPublishAsync()
    {
        var acknowledgements = new List<SubscriptionAcknowledgement>();
        while (_acknowledgements.TryDequeue(out var ack)) acknowledgements.Add(ack);
        var sent = acknowledgements.ToArray();
        try
        {
            Touch();
            await _channel.PostRequestAsync(new PublishRequest { SubscriptionAcknowledgements = sent }, PublishTimeout(), _publishDecoder.Decode,
                body => OnPublishAnswered(body, sent));
        }
        catch (Exception e) when (e is ServiceResultException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            Interlocked.Decrement(ref _publishesInFlight);
            foreach (var ack in sent) _acknowledgements.Enqueue(ack);
        }
    }

    /// <summary>Runs on the channel's receive loop when a Publish request is answered; sends the next one straight away.</summary>
    private void OnPublishAnswered(object body, SubscriptionAcknowledgement[] acknowledgements)
    {
        Interlocked.Decrement(ref _publishesInFlight);
        var status = body switch
        {
            PublishOutcome outcome => outcome.Status,
            ServiceFault fault => fault.ResponseHeader.ServiceResult,
            ServiceResultException error => error.StatusCode,
            _ => StatusCode.BadUnknownResponse,
        };
        if (status == StatusCode.BadTimeout)
        {
            foreach (var ack in acknowledgements) _acknowledgements.Enqueue(ack);
        }
        else if (status == StatusCode.BadTooManyPublishRequests)
        {
            Volatile.Write(ref _publishTarget, Math.Max(1, Volatile.Read(ref _publishesInFlight)));
            return;
        }
        else if (status == StatusCode.BadNoSubscription)
        {
            _ = RetryPublishingAsync();
            return;
        }
        else if (status.IsBad && !IsConnected)
        {
            return;
        }
        TopUpPublishes();
    }

    private async Task RetryPublishingAsync()
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), _options.Clock, _stopping.Token);
            TopUpPublishes();
        }
        catch (OperationCanceledException)
        {
            // The client is closing.
        }
    }

    private void OnChannelClosed(StatusCode reason)
    {
        foreach (var subscription in _subscriptions.Values) subscription.Complete(reason);
        if (Volatile.Read(ref _closed) == 0) ConnectionLost?.Invoke(reason);
    }

    private static T[] CheckCount<T>(T[]? results, int expected, string service) =>
        results is { } r && r.Length == expected
            ? r
            : throw new ServiceResultException(StatusCode.BadUnknownResponse, $"{service} returned {results?.Length ?? 0} results for {expected} operations");

    /// <summary>Closes the session (deleting its subscriptions) and the secure channel.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0) return;
        _keepAlive?.Dispose();
        await _stopping.CancelAsync();
        foreach (var subscription in _subscriptions.Values) subscription.Complete(StatusCode.Good);
        if (IsConnected)
        {
            try
            {
                await _channel.SendRequestAsync(new CloseSessionRequest { DeleteSubscriptions = true }, _options.RequestTimeout, cancellationToken);
            }
            catch (ServiceResultException)
            {
                // The channel is closed below whatever the server answered.
            }
            await _channel.CloseAsync(cancellationToken);
        }
    }

    /// <summary>Closes the session if still open and releases the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await CloseAsync(CancellationToken.None);
        }
        finally
        {
            _keepAlive?.Dispose();
            await _channel.DisposeAsync();
            _stopping.Dispose();
        }
    }
}
