using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Transport;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Client;

/// <summary>
/// An OPC UA client session on one server endpoint, secured as <see cref="UaClientOptions.Security"/> says. Every call
/// is async and takes a cancellation token; no thread is held per session (the channel's receive loop and the Publish
/// requests are tasks). Safe to call from several tasks at once. A lost connection is reported through
/// <see cref="ConnectionLost"/>; <see cref="ResilientClient"/> builds reconnection on top.
/// </summary>
public sealed partial class UaClient : IAsyncDisposable
{
    private readonly EndpointUrl _url;
    private readonly UaClientOptions _options;
    private readonly ConcurrentDictionary<uint, UaSubscription> _subscriptions = new();
    private readonly ConcurrentQueue<SubscriptionAcknowledgement> _acknowledgements = new();
    private readonly PublishResponseDecoder _publishDecoder;
    private readonly CancellationTokenSource _stopping = new();
    private ClientChannel _channel = null!;
    private X509Certificate2? _ownCertificate;
    private int _closed;

    private UaClient(EndpointUrl url, UaClientOptions options)
    {
        _url = url;
        _options = options;
        _publishDecoder = new PublishResponseDecoder(id => _subscriptions.GetValueOrDefault(id));
        _publishTarget = Math.Max(1, options.PublishRequestCount);
    }

    /// <summary>The endpoint the session runs on.</summary>
    public EndpointDescription Endpoint { get; private set; } = new();

    /// <summary>The server's id of the session; it changes when a reconnect has to create a new session.</summary>
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

    /// <summary>
    /// Keeps subscriptions open when the connection is lost, for <see cref="ReconnectAsync"/> to resume them; otherwise
    /// their change streams end with the reason.
    /// </summary>
    internal bool KeepsSubscriptionsWhenDisconnected { get; set; }

    /// <summary>Asks a server which endpoints it offers (over SecurityPolicy None, as discovery is).</summary>
    public static async Task<IReadOnlyList<EndpointDescription>> GetEndpointsAsync(string endpointUrl, UaClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new UaClientOptions();
        var url = EndpointUrl.Parse(endpointUrl);
        await using var channel = await ClientChannel.OpenAsync(url, options, EndpointSecurity.None, null, null, cancellationToken);
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
    /// Connects: asks the server for its endpoints, picks the one with <see cref="UaClientOptions.Security"/>, checks
    /// the server certificate against <see cref="UaClientOptions.Pki"/> when secured, opens the secure channel, creates
    /// and activates a session with <see cref="UaClientOptions.Identity"/>.
    /// </summary>
    /// <exception cref="ServiceResultException">
    /// The server refused (e.g. BadUserAccessDenied, BadSecurityChecksFailed), its certificate is not trusted
    /// (BadCertificateUntrusted; it is then in the PKI store's rejected/ folder), or it cannot be reached (BadNotConnected).
    /// </exception>
    public static async Task<UaClient> ConnectAsync(string endpointUrl, UaClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        var client = new UaClient(EndpointUrl.Parse(endpointUrl), options ?? new UaClientOptions());
        try
        {
            client.Attach(await client.OpenChannelAsync(cancellationToken));
            await client.CreateSessionAsync(cancellationToken);
            await client.ActivateSessionAsync(cancellationToken);
            await client.AfterActivationAsync(cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
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
        var response = await CallServiceAsync<CreateSubscriptionResponse>(CreateSubscriptionRequestFor(options), cancellationToken);
        var subscription = new UaSubscription(this, options, response.SubscriptionId, TimeSpan.FromMilliseconds(response.RevisedPublishingInterval),
            response.RevisedMaxKeepAliveCount, response.RevisedLifetimeCount);
        _subscriptions[subscription.Id] = subscription;
        if (nodes.Count > 0) await subscription.AddItemsAsync(nodes, cancellationToken);
        StartPublishing();
        return subscription;
    }

    private static CreateSubscriptionRequest CreateSubscriptionRequestFor(SubscriptionOptions options) => new()
    {
        RequestedPublishingInterval = options.PublishingInterval.TotalMilliseconds,
        RequestedLifetimeCount = options.LifetimeCount,
        RequestedMaxKeepAliveCount = options.MaxKeepAliveCount,
        MaxNotificationsPerPublish = options.MaxNotificationsPerPublish,
        PublishingEnabled = true,
        Priority = options.Priority,
    };

    internal async Task<IReadOnlyList<MonitoredItemResult>> CreateMonitoredItemsAsync(UaSubscription subscription, IReadOnlyList<MonitoredNode> nodes, CancellationToken cancellationToken)
    {
        nodes = await ResolveNamespacesAsync(nodes, cancellationToken);
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

    private static T[] CheckCount<T>(T[]? results, int expected, string service) =>
        results is { } r && r.Length == expected
            ? r
            : throw new ServiceResultException(StatusCode.BadUnknownResponse, $"{service} returned {results?.Length ?? 0} results for {expected} operations");

    /// <summary>Closes the session (deleting its subscriptions) and the secure channel.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0) return;
        _heartbeat?.Dispose();
        await _stopping.CancelAsync();
        foreach (var subscription in _subscriptions.Values) subscription.Complete(StatusCode.Good);
        if (_channel is { IsClosed: false } channel)
        {
            try
            {
                await channel.SendRequestAsync(new CloseSessionRequest { DeleteSubscriptions = true }, _options.RequestTimeout, cancellationToken);
            }
            catch (ServiceResultException)
            {
                // The channel is closed below whatever the server answered.
            }
            await channel.CloseAsync(cancellationToken);
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
            _heartbeat?.Dispose();
            if (_channel is not null) await _channel.DisposeAsync();
            _ownCertificate?.Dispose();
            _stopping.Dispose();
        }
    }
}
