using System.Threading.Channels;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server.Subscriptions;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Sessions;

/// <summary>
/// A client session: identity, timeout, browse continuation points, subscriptions and the Publish requests parked
/// for them. One lock guards the subscriptions and the publish queue; responses decided under it are sent after it
/// is released.
/// </summary>
internal sealed class Session
{
    private readonly Lock _gate = new();
    private readonly Dictionary<uint, Subscription> _subscriptions = [];
    private readonly Queue<PendingPublish> _publishQueue = new();
    private readonly Dictionary<Guid, BrowseContinuation> _continuations = [];
    private readonly UaWriter _notificationWriter = new(64 * 1024);
    private readonly Channel<OutgoingResponse> _outbox = Channel.CreateUnbounded<OutgoingResponse>(new UnboundedChannelOptions { SingleReader = true });
    private readonly UaServerOptions _options;
    private readonly TimeProvider _clock;
    private long _lastActivity;
    private bool _closed;

    public Session(NodeId id, NodeId authenticationToken, string? name, TimeSpan timeout, byte[] serverNonce, uint channelId, UaServerOptions options)
    {
        Id = id;
        AuthenticationToken = authenticationToken;
        Name = name;
        Timeout = timeout;
        ServerNonce = serverNonce;
        ChannelId = channelId;
        _options = options;
        _clock = options.Clock;
        Touch();
        _ = SendOutboxAsync();
    }

    /// <summary>
    /// Sends Publish responses in the order they were decided: they are decided under the lock by both the receive loop
    /// and the sampling timers, and a client must see sequence numbers in order.
    /// </summary>
    private async Task SendOutboxAsync()
    {
        await foreach (var response in _outbox.Reader.ReadAllAsync()) await response.SendAsync();
    }

    private void Post(List<OutgoingResponse> responses)
    {
        foreach (var response in responses) _outbox.Writer.TryWrite(response);
    }

    public NodeId Id { get; }

    public NodeId AuthenticationToken { get; }

    public string? Name { get; }

    public TimeSpan Timeout { get; }

    /// <summary>The nonce the client must append to an encrypted password; renewed at each activation.</summary>
    public byte[] ServerNonce { get; set; }

    public uint ChannelId { get; private set; }

    /// <summary>The client certificate of the secure channel the session was created on; null when it was not secured.</summary>
    public byte[]? ClientCertificate { get; set; }

    public bool IsActivated { get; set; }

    public string? UserName { get; set; }

    /// <summary>
    /// Binds the session to the channel it was (re)activated on. Publish requests parked by another channel are dropped:
    /// their answers could only go to a connection that is gone, and the messages they would carry stay in the
    /// retransmission queue for the client to Republish.
    /// </summary>
    public void MoveTo(uint channelId, IResponseSink sink)
    {
        lock (_gate)
        {
            ChannelId = channelId;
            if (_publishQueue.All(p => p.Sink == sink)) return;
            var kept = _publishQueue.Where(p => p.Sink == sink).ToArray();
            _publishQueue.Clear();
            foreach (var request in kept) _publishQueue.Enqueue(request);
        }
    }

    public void Touch() => Interlocked.Exchange(ref _lastActivity, _clock.GetTimestamp());

    public bool IsExpired => _clock.GetElapsedTime(Interlocked.Read(ref _lastActivity)) > Timeout;

    public int SubscriptionCount
    {
        get
        {
            lock (_gate) return _subscriptions.Count;
        }
    }

    public byte[] AddContinuation(BrowseContinuation continuation)
    {
        lock (_gate)
        {
            if (_continuations.Count >= _options.MaxBrowseContinuationPoints)
                throw new ServiceResultException(StatusCode.BadNoContinuationPoints, $"the session already holds {_continuations.Count} continuation points");
            var key = Guid.NewGuid();
            _continuations[key] = continuation;
            return key.ToByteArray();
        }
    }

    public BrowseContinuation? TakeContinuation(byte[]? point)
    {
        if (point is not { Length: 16 }) return null;
        lock (_gate) return _continuations.Remove(new Guid(point), out var continuation) ? continuation : null;
    }

    public Subscription CreateSubscription(uint id, CreateSubscriptionRequest request)
    {
        var interval = Math.Max(double.IsNaN(request.RequestedPublishingInterval) ? 0 : request.RequestedPublishingInterval, _options.MinimumPublishingInterval.TotalMilliseconds);
        var subscription = new Subscription(id, interval, request.RequestedMaxKeepAliveCount == 0 ? 10 : request.RequestedMaxKeepAliveCount,
            request.RequestedLifetimeCount, request.MaxNotificationsPerPublish, request.PublishingEnabled, request.Priority,
            _options.MaxRetransmissionQueueLength, _clock.GetTimestamp(), _clock);
        lock (_gate)
        {
            if (_subscriptions.Count >= _options.MaxSubscriptionsPerSession)
                throw new ServiceResultException(StatusCode.BadTooManySubscriptions, $"the session already has {_subscriptions.Count} subscriptions");
            _subscriptions[id] = subscription;
        }
        _ = RunAsync(subscription);
        return subscription;
    }

    public Subscription GetSubscription(uint id)
    {
        lock (_gate)
            return _subscriptions.GetValueOrDefault(id) ?? throw new ServiceResultException(StatusCode.BadSubscriptionIdInvalid, $"subscription {id} does not exist");
    }

    public void Modify(Subscription subscription, ModifySubscriptionRequest request)
    {
        lock (_gate)
        {
            var interval = Math.Max(double.IsNaN(request.RequestedPublishingInterval) ? 0 : request.RequestedPublishingInterval, _options.MinimumPublishingInterval.TotalMilliseconds);
            subscription.Modify(interval, request.RequestedMaxKeepAliveCount == 0 ? 10 : request.RequestedMaxKeepAliveCount,
                request.RequestedLifetimeCount, request.MaxNotificationsPerPublish, request.Priority);
            AdjustPeriod(subscription);
        }
    }

    public StatusCode SetPublishingMode(uint id, bool enabled)
    {
        lock (_gate)
        {
            if (!_subscriptions.TryGetValue(id, out var subscription)) return StatusCode.BadSubscriptionIdInvalid;
            subscription.PublishingEnabled = enabled;
            return StatusCode.Good;
        }
    }

    public StatusCode DeleteSubscription(uint id)
    {
        lock (_gate)
        {
            if (!_subscriptions.Remove(id, out var subscription)) return StatusCode.BadSubscriptionIdInvalid;
            subscription.Stopping.Cancel();
            if (_subscriptions.Count == 0) Post(DrainPublishQueue(StatusCode.BadNoSubscription));
            return StatusCode.Good;
        }
    }

    public MonitoredItemCreateResult AddItem(Subscription subscription, MonitoredItem item)
    {
        lock (_gate)
        {
            if (subscription.ItemCount >= _options.MaxMonitoredItemsPerSubscription)
                return new MonitoredItemCreateResult { StatusCode = StatusCode.BadTooManyMonitoredItems };
            subscription.Add(item, _clock.GetTimestamp());
            AdjustPeriod(subscription);
        }
        return new MonitoredItemCreateResult
        {
            StatusCode = StatusCode.Good,
            MonitoredItemId = item.Id,
            RevisedSamplingInterval = item.SamplingInterval,
            RevisedQueueSize = item.QueueSize,
        };
    }

    public StatusCode RemoveItem(Subscription subscription, uint itemId)
    {
        lock (_gate) return subscription.Remove(itemId) ? StatusCode.Good : StatusCode.BadMonitoredItemIdInvalid;
    }

    /// <summary>Parks a Publish request (after applying its acknowledgements) and serves late subscriptions at once.</summary>
    public void EnqueuePublish(IResponseSink sink, uint requestId, PublishRequest request)
    {
        var outgoing = new List<OutgoingResponse>();
        lock (_gate)
        {
            var acknowledgements = request.SubscriptionAcknowledgements ?? [];
            var results = new StatusCode[acknowledgements.Length];
            for (var i = 0; i < acknowledgements.Length; i++)
            {
                var ack = acknowledgements[i];
                results[i] = !_subscriptions.TryGetValue(ack.SubscriptionId, out var subscription)
                    ? StatusCode.BadSubscriptionIdInvalid
                    : subscription.Acknowledge(ack.SequenceNumber) ? StatusCode.Good : StatusCode.BadSequenceNumberUnknown;
            }
            if (_subscriptions.Count == 0 || _closed)
            {
                outgoing.Add(Fault(sink, requestId, request.RequestHeader, _closed ? StatusCode.BadSessionClosed : StatusCode.BadNoSubscription));
                Post(outgoing);
                return;
            }
            _publishQueue.Enqueue(new PendingPublish(sink, requestId, request.RequestHeader, results, _clock.GetTimestamp()));
            if (_publishQueue.Count > _options.MaxPublishRequestsPerSession)
            {
                var oldest = _publishQueue.Dequeue();
                outgoing.Add(Fault(oldest.Sink, oldest.RequestId, oldest.Header, StatusCode.BadTooManyPublishRequests));
            }
            foreach (var subscription in _subscriptions.Values.Where(s => s.IsLate).OrderByDescending(s => s.Priority).ToArray())
                PublishWhileRequests(subscription, outgoing);
            Post(outgoing);
        }
    }

    private void PublishWhileRequests(Subscription subscription, List<OutgoingResponse> outgoing)
    {
        while (_publishQueue.TryDequeue(out var request))
        {
            var response = subscription.Publish(_notificationWriter, request, _clock.GetUtcNow().UtcDateTime);
            outgoing.Add(new OutgoingResponse(request.Sink, request.RequestId, response));
            if (!response.MoreNotifications) return;
        }
    }

    public IServiceResponse Republish(RepublishRequest request)
    {
        lock (_gate)
        {
            if (!_subscriptions.TryGetValue(request.SubscriptionId, out var subscription))
                throw new ServiceResultException(StatusCode.BadSubscriptionIdInvalid, $"subscription {request.SubscriptionId} does not exist");
            var message = subscription.Retransmit(request.RetransmitSequenceNumber)
                ?? throw new ServiceResultException(StatusCode.BadMessageNotAvailable, $"message {request.RetransmitSequenceNumber} is no longer available");
            return new EncodedRepublishResponse { NotificationMessage = message };
        }
    }

    private async Task RunAsync(Subscription subscription)
    {
        using var timer = new PeriodicTimer(TickPeriod(subscription), _clock);
        lock (_gate) subscription.Timer = timer;
        try
        {
            while (await timer.WaitForNextTickAsync(subscription.Stopping.Token))
            {
                lock (_gate)
                {
                    Post(Tick(subscription));
                    AdjustPeriod(subscription);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The subscription was deleted.
        }
    }

    private TimeSpan TickPeriod(Subscription subscription) =>
        TimeSpan.FromMilliseconds(Math.Max(_options.MinimumSamplingInterval.TotalMilliseconds, subscription.TickInterval));

    private void AdjustPeriod(Subscription subscription)
    {
        var period = TickPeriod(subscription);
        if (subscription.Timer is { } timer && timer.Period != period) timer.Period = period;
    }

    private List<OutgoingResponse> Tick(Subscription subscription)
    {
        var outgoing = new List<OutgoingResponse>();
        if (_closed || !_subscriptions.ContainsKey(subscription.Id)) return outgoing;
        var now = _clock.GetTimestamp();
        subscription.Sample(now);
        ExpireOldPublishRequests(outgoing);
        if (!subscription.IsPublishDue(now) || !subscription.EndCycle()) return outgoing;
        if (_publishQueue.Count > 0)
        {
            PublishWhileRequests(subscription, outgoing);
        }
        else if (subscription.MarkLate())
        {
            _subscriptions.Remove(subscription.Id);
            subscription.Stopping.Cancel();
        }
        return outgoing;
    }

    private void ExpireOldPublishRequests(List<OutgoingResponse> outgoing)
    {
        while (_publishQueue.TryPeek(out var oldest) && oldest.Header.TimeoutHint > 0 &&
               _clock.GetElapsedTime(oldest.ReceivedTimestamp).TotalMilliseconds > oldest.Header.TimeoutHint)
        {
            _publishQueue.Dequeue();
            outgoing.Add(Fault(oldest.Sink, oldest.RequestId, oldest.Header, StatusCode.BadTimeout));
        }
    }

    private List<OutgoingResponse> DrainPublishQueue(StatusCode status)
    {
        var outgoing = new List<OutgoingResponse>();
        while (_publishQueue.TryDequeue(out var request)) outgoing.Add(Fault(request.Sink, request.RequestId, request.Header, status));
        return outgoing;
    }

    private OutgoingResponse Fault(IResponseSink sink, uint requestId, RequestHeader header, StatusCode status) =>
        new(sink, requestId, new ServiceFault
        {
            ResponseHeader = new ResponseHeader { Timestamp = _clock.GetUtcNow().UtcDateTime, RequestHandle = header.RequestHandle, ServiceResult = status },
        });

    /// <summary>Ends the session: deletes its subscriptions and answers parked Publish requests with BadSessionClosed.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var subscription in _subscriptions.Values) subscription.Stopping.Cancel();
            _subscriptions.Clear();
            _continuations.Clear();
            Post(DrainPublishQueue(StatusCode.BadSessionClosed));
            _outbox.Writer.TryComplete();
            _notificationWriter.Dispose();
        }
    }
}
