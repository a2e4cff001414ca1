using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Client;

/// <summary>
/// A subscription of a <see cref="UaClient"/> session. Data changes arrive as <see cref="DataChangeBatch"/>es
/// through <see cref="ReadChangesAsync"/>, one per Publish response, in order; the client acknowledges them and
/// detects sequence gaps, which it fills with Republish. The subscription remembers what it monitors, so that a
/// client that reconnects can transfer it to a new session or create it again (then with a new <see cref="Id"/>).
/// </summary>
public sealed class UaSubscription : IAsyncDisposable
{
    private readonly UaClient _client;
    // A reader waiting for the next batch is resumed on the thread that delivers it — the client's receive thread — rather
    // than through the thread pool: a pool hand-off per Publish response cost more CPU than decoding the response.
    private readonly Channel<DataChangeBatch> _batches = Channel.CreateUnbounded<DataChangeBatch>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false, AllowSynchronousContinuations = true });
    private readonly Stack<DataChangeBatch> _pool = new();
    private readonly Lock _gate = new();
    private readonly List<MonitoredItemResult> _items = [];
    private readonly Dictionary<uint, MonitoredNode> _definitions = [];
    private uint _lastSequenceNumber;
    private long _keepAlives;
    private long _lostMessages;
    private int _deleted;

    internal UaSubscription(UaClient client, SubscriptionOptions options, uint id, TimeSpan publishingInterval, uint keepAliveCount, uint lifetimeCount)
    {
        _client = client;
        Options = options;
        Id = id;
        PublishingInterval = publishingInterval;
        MaxKeepAliveCount = keepAliveCount;
        LifetimeCount = lifetimeCount;
    }

    /// <summary>The server's id of the subscription; it changes when the subscription is created again after a reconnect.</summary>
    public uint Id { get; private set; }

    /// <summary>The publishing parameters asked for.</summary>
    public SubscriptionOptions Options { get; private set; }

    /// <summary>The revised publishing interval.</summary>
    public TimeSpan PublishingInterval { get; private set; }

    /// <summary>The revised keep-alive count.</summary>
    public uint MaxKeepAliveCount { get; private set; }

    /// <summary>The revised lifetime count.</summary>
    public uint LifetimeCount { get; private set; }

    /// <summary>The monitored items created so far.</summary>
    public IReadOnlyList<MonitoredItemResult> Items
    {
        get
        {
            lock (_gate) return _items.ToArray();
        }
    }

    /// <summary>How many keep-alive messages arrived.</summary>
    public long KeepAliveCount => Interlocked.Read(ref _keepAlives);

    /// <summary>How many notification messages were missed and could not be republished.</summary>
    public long LostMessageCount => Interlocked.Read(ref _lostMessages);

    /// <summary>The last status change the server reported (e.g. BadTimeout when the subscription expired), or Good.</summary>
    public StatusCode LastStatusChange { get; private set; }

    /// <summary>
    /// The data changes, one batch per Publish response. A batch is recycled when the enumerator moves on, so its
    /// values must be used or copied before the next <c>MoveNextAsync</c>. Ends when the subscription is deleted.
    /// A consumer that waits for the next batch is resumed on the client's receive thread, which serves every client
    /// of the process: the loop body runs there until its first await that does not complete at once. Await I/O in
    /// it freely, but never block it (no <c>.Result</c>, <c>.Wait()</c> or long computation): a blocked body holds up
    /// every response of every client, including the one it may be waiting for.
    /// </summary>
    public async IAsyncEnumerable<DataChangeBatch> ReadChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        DataChangeBatch? previous = null;
        try
        {
            while (await _batches.Reader.WaitToReadAsync(cancellationToken))
            {
                while (_batches.Reader.TryRead(out var batch))
                {
                    if (previous is not null) ReturnBatch(previous);
                    previous = batch;
                    yield return batch;
                }
            }
        }
        finally
        {
            if (previous is not null) ReturnBatch(previous);
        }
    }

    /// <summary>Adds monitored items; per-item failures are reported in the results, not thrown.</summary>
    public async Task<IReadOnlyList<MonitoredItemResult>> AddItemsAsync(IReadOnlyList<MonitoredNode> nodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var results = await _client.CreateMonitoredItemsAsync(this, nodes, cancellationToken);
        lock (_gate)
        {
            _items.AddRange(results.Where(r => r.Status.IsGood));
            foreach (var node in nodes.Where(n => results.Any(r => r.ClientHandle == n.ClientHandle && r.Status.IsGood))) _definitions[node.ClientHandle] = node;
        }
        return results;
    }

    /// <summary>Removes monitored items by their server ids.</summary>
    public async Task<IReadOnlyList<StatusCode>> RemoveItemsAsync(IReadOnlyList<uint> monitoredItemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(monitoredItemIds);
        var results = await _client.DeleteMonitoredItemsAsync(Id, monitoredItemIds, cancellationToken);
        lock (_gate)
        {
            foreach (var item in _items.Where(i => monitoredItemIds.Contains(i.MonitoredItemId))) _definitions.Remove(item.ClientHandle);
            _items.RemoveAll(i => monitoredItemIds.Contains(i.MonitoredItemId));
        }
        return results;
    }

    /// <summary>Changes the publishing parameters.</summary>
    public async Task ModifyAsync(SubscriptionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var response = await _client.ModifySubscriptionAsync(Id, options, cancellationToken);
        Options = options;
        PublishingInterval = TimeSpan.FromMilliseconds(response.RevisedPublishingInterval);
        MaxKeepAliveCount = response.RevisedMaxKeepAliveCount;
        LifetimeCount = response.RevisedLifetimeCount;
    }

    /// <summary>Deletes the subscription on the server and ends <see cref="ReadChangesAsync"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _deleted, 1) != 0) return;
        try
        {
            await _client.DeleteSubscriptionAsync(this, CancellationToken.None);
        }
        finally
        {
            _batches.Writer.TryComplete();
        }
    }

    /// <summary>The sequence number of the last notification message received (0 before the first).</summary>
    internal uint LastSequenceNumber
    {
        get
        {
            lock (_gate) return _lastSequenceNumber;
        }
    }

    /// <summary>What the subscription monitors, as asked for, for creating it again.</summary>
    internal IReadOnlyList<MonitoredNode> Definitions
    {
        get
        {
            lock (_gate) return _definitions.Values.ToArray();
        }
    }

    /// <summary>Takes the identity of the subscription the server created in place of this one; its items are added next.</summary>
    internal void Recreated(uint id, TimeSpan publishingInterval, uint keepAliveCount, uint lifetimeCount)
    {
        lock (_gate)
        {
            Id = id;
            PublishingInterval = publishingInterval;
            MaxKeepAliveCount = keepAliveCount;
            LifetimeCount = lifetimeCount;
            _lastSequenceNumber = 0;
            _items.Clear();
        }
    }

    /// <summary>Records the monitored items the server created again after a reconnect.</summary>
    internal void ItemsRecreated(IEnumerable<MonitoredItemResult> results)
    {
        lock (_gate) _items.AddRange(results.Where(r => r.Status.IsGood));
    }

    internal void Complete(StatusCode reason) =>
        _batches.Writer.TryComplete(reason.IsGood ? null : new ServiceResultException(reason, $"subscription {Id} ended"));

    internal DataChangeBatch RentBatch()
    {
        lock (_gate)
        {
            var batch = _pool.Count > 0 ? _pool.Pop() : new DataChangeBatch();
            batch.Clear();
            return batch;
        }
    }

    private void ReturnBatch(DataChangeBatch batch)
    {
        lock (_gate) _pool.Push(batch);
    }

    /// <summary>Takes one notification message (on the channel's receive loop): tracks sequence numbers and hands data to the reader.</summary>
    internal void Deliver(DataChangeBatch? batch, uint sequenceNumber, DateTime publishTime, bool keepAlive, StatusCode? statusChange)
    {
        if (statusChange is { } status) LastStatusChange = status;
        uint expected;
        lock (_gate)
        {
            expected = _lastSequenceNumber == 0 ? sequenceNumber : _lastSequenceNumber + 1;
            if (!keepAlive && sequenceNumber >= expected) _lastSequenceNumber = sequenceNumber;
        }
        if (keepAlive)
        {
            Interlocked.Increment(ref _keepAlives);
            if (batch is not null) ReturnBatch(batch);
            if (sequenceNumber > expected) _client.RequestRepublish(this, expected, sequenceNumber - 1);
            return;
        }
        _client.Acknowledge(Id, sequenceNumber);
        if (sequenceNumber > expected) _client.RequestRepublish(this, expected, sequenceNumber - 1);
        if (batch is null) return;
        if (batch.Count == 0)
        {
            ReturnBatch(batch);
            return;
        }
        batch.SubscriptionId = Id;
        batch.SequenceNumber = sequenceNumber;
        batch.PublishTime = publishTime;
        if (!_batches.Writer.TryWrite(batch)) ReturnBatch(batch);
    }

    internal void DeliverRepublished(NotificationMessage message)
    {
        lock (_gate)
        {
            if (message.SequenceNumber > _lastSequenceNumber) _lastSequenceNumber = message.SequenceNumber;
        }
        var batch = RentBatch();
        foreach (var data in message.NotificationData ?? [])
        {
            if (data.Body is DataChangeNotification change)
                foreach (var item in change.MonitoredItems ?? []) batch.Add(item.ClientHandle, item.Value);
        }
        batch.SubscriptionId = Id;
        batch.SequenceNumber = message.SequenceNumber;
        batch.PublishTime = message.PublishTime;
        batch.IsRepublished = true;
        if (batch.Count == 0 || !_batches.Writer.TryWrite(batch)) ReturnBatch(batch);
    }

    internal void MessageLost() => Interlocked.Increment(ref _lostMessages);
}
