using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Subscriptions;

/// <summary>
/// A server-side subscription (Part 4 §5.13.1): samples its items, and each publishing interval either publishes what
/// changed, sends a keep-alive after MaxKeepAliveCount empty intervals, or counts towards its lifetime when the client
/// sends no Publish requests. Sent messages stay in a retransmission queue until acknowledged, for Republish.
/// All methods run under the owning session's lock.
/// </summary>
internal sealed class Subscription
{
    private readonly Dictionary<uint, MonitoredItem> _items = [];
    private readonly List<MonitoredItem> _pending = [];
    private readonly SortedDictionary<uint, RetainedMessage> _retransmission = [];
    private readonly Stack<byte[]> _spareBuffers = new();
    private readonly int _maxRetransmission;
    private uint _nextSequenceNumber = 1;
    private uint _keepAliveCounter;
    private uint _lifetimeCounter;
    private long _nextPublishTimestamp;
    private double _fastestSampling = double.MaxValue;

    public Subscription(uint id, double publishingInterval, uint maxKeepAliveCount, uint lifetimeCount, uint maxNotificationsPerPublish,
        bool publishingEnabled, byte priority, int maxRetransmission, long now, TimeProvider clock)
    {
        Id = id;
        Clock = clock;
        _maxRetransmission = maxRetransmission;
        Modify(publishingInterval, maxKeepAliveCount, lifetimeCount, maxNotificationsPerPublish, priority);
        PublishingEnabled = publishingEnabled;
        _keepAliveCounter = MaxKeepAliveCount;
        _nextPublishTimestamp = now + TicksOf(PublishingInterval);
    }

    public uint Id { get; }

    private TimeProvider Clock { get; }

    public double PublishingInterval { get; private set; }

    public uint MaxKeepAliveCount { get; private set; }

    public uint LifetimeCount { get; private set; }

    public uint MaxNotificationsPerPublish { get; private set; }

    public byte Priority { get; private set; }

    public bool PublishingEnabled { get; set; }

    public int ItemCount => _items.Count;

    /// <summary>The tick the sampling loop should run at: the shortest of the publishing and sampling intervals.</summary>
    public double TickInterval => Math.Min(PublishingInterval, _fastestSampling);

    public bool HasNotifications => _pending.Count > 0;

    public CancellationTokenSource Stopping { get; } = new();

    /// <summary>The timer that drives sampling and publishing; its period follows <see cref="TickInterval"/>.</summary>
    public PeriodicTimer? Timer { get; set; }

    public void Modify(double publishingInterval, uint maxKeepAliveCount, uint lifetimeCount, uint maxNotificationsPerPublish, byte priority)
    {
        PublishingInterval = publishingInterval;
        MaxKeepAliveCount = Math.Max(1, maxKeepAliveCount);
        LifetimeCount = Math.Max(lifetimeCount, 3 * MaxKeepAliveCount);
        MaxNotificationsPerPublish = maxNotificationsPerPublish;
        Priority = priority;
    }

    private long TicksOf(double milliseconds) => (long)(milliseconds * Clock.TimestampFrequency / 1000);

    public void Add(MonitoredItem item, long now)
    {
        _items[item.Id] = item;
        _fastestSampling = Math.Min(_fastestSampling, item.SamplingInterval);
        item.NextSampleTimestamp = now;
        if (item.Sample()) MarkPending(item);
    }

    public bool Remove(uint itemId)
    {
        if (!_items.Remove(itemId, out var item)) return false;
        if (item.IsPending) _pending.Remove(item);
        _fastestSampling = _items.Count == 0 ? double.MaxValue : _items.Values.Min(i => i.SamplingInterval);
        return true;
    }

    public MonitoredItem? Find(uint itemId) => _items.GetValueOrDefault(itemId);

    private void MarkPending(MonitoredItem item)
    {
        if (item.IsPending) return;
        item.IsPending = true;
        _pending.Add(item);
    }

    /// <summary>
    /// Samples the items that are due. Timers fire a little early or late, so an item is due within half a tick of
    /// its time; without that slack a timer firing a hair early would skip a whole sampling interval.
    /// </summary>
    public void Sample(long now)
    {
        var due = now + TicksOf(TickInterval / 2);
        foreach (var item in _items.Values)
        {
            if (item.NextSampleTimestamp > due) continue;
            item.NextSampleTimestamp = now + TicksOf(item.SamplingInterval);
            if (item.Sample()) MarkPending(item);
        }
    }

    /// <summary>True once per publishing interval (with the same half-tick slack as sampling).</summary>
    public bool IsPublishDue(long now)
    {
        if (now + TicksOf(TickInterval / 2) < _nextPublishTimestamp) return false;
        _nextPublishTimestamp = now + TicksOf(PublishingInterval);
        return true;
    }

    /// <summary>True when a cycle owed the client a message but no Publish request was there to carry it.</summary>
    public bool IsLate { get; private set; }

    /// <summary>Ends a publishing cycle; true when a message is owed now (data, or a keep-alive whose count ran out).</summary>
    public bool EndCycle()
    {
        if (PublishingEnabled && HasNotifications) return true;
        return ++_keepAliveCounter >= MaxKeepAliveCount;
    }

    /// <summary>Notes that an owed message found no Publish request; true when the subscription has outlived its lifetime.</summary>
    public bool MarkLate()
    {
        IsLate = true;
        return ++_lifetimeCounter >= LifetimeCount;
    }

    /// <summary>Builds the next message (data or keep-alive) for a Publish request.</summary>
    public EncodedPublishResponse Publish(UaWriter writer, PendingPublish request, DateTime now)
    {
        _lifetimeCounter = 0;
        _keepAliveCounter = 0;
        IsLate = false;
        writer.Reset();
        bool more;
        ReadOnlyMemory<byte> message;
        RetainedMessage? retained = null;
        if (PublishingEnabled && HasNotifications)
        {
            var sequenceNumber = _nextSequenceNumber;
            _nextSequenceNumber = _nextSequenceNumber >= uint.MaxValue - 1 ? 1 : _nextSequenceNumber + 1;
            more = WriteDataChange(writer, sequenceNumber, now);
            retained = Retain(writer.WrittenSpan);
            message = retained.Bytes;
            _retransmission[sequenceNumber] = retained;
            while (_retransmission.Count > _maxRetransmission)
            {
                var oldest = _retransmission.Keys.First();
                Release(_retransmission[oldest]);
                _retransmission.Remove(oldest);
            }
        }
        else
        {
            writer.WriteUInt32(_nextSequenceNumber);
            writer.WriteDateTime(now);
            writer.WriteInt32(0);
            more = false;
            message = writer.WrittenSpan.ToArray();
        }
        return new EncodedPublishResponse
        {
            ResponseHeader = new ResponseHeader { Timestamp = now, RequestHandle = request.Header.RequestHandle },
            SubscriptionId = Id,
            AvailableSequenceNumbers = _retransmission.Keys.ToArray(),
            MoreNotifications = more,
            NotificationMessage = message,
            Retained = retained,
            Results = request.AcknowledgementResults,
        };
    }

    private bool WriteDataChange(UaWriter writer, uint sequenceNumber, DateTime now)
    {
        writer.WriteUInt32(sequenceNumber);
        writer.WriteDateTime(now);
        writer.WriteInt32(1);
        writer.WriteNodeId(DataChangeNotification.EncodingId);
        writer.WriteByte(1);
        var lengthAt = writer.Length;
        writer.WriteInt32(0);
        var countAt = writer.Length;
        writer.WriteInt32(0);
        var budget = MaxNotificationsPerPublish == 0 ? int.MaxValue : (int)Math.Min(MaxNotificationsPerPublish, int.MaxValue);
        var written = 0;
        var index = 0;
        for (; index < _pending.Count && written < budget; index++)
        {
            var item = _pending[index];
            written += item.Drain(writer, budget - written);
            if (item.QueuedCount > 0) break;
            item.IsPending = false;
        }
        _pending.RemoveRange(0, index);
        writer.PatchInt32(countAt, written);
        writer.WriteInt32(-1);
        writer.PatchInt32(lengthAt, writer.Length - lengthAt - 4);
        return _pending.Count > 0;
    }

    /// <summary>A copy of a message kept for Republish, or null when it was acknowledged or dropped.</summary>
    public byte[]? Retransmit(uint sequenceNumber) => _retransmission.GetValueOrDefault(sequenceNumber)?.Bytes.ToArray();

    /// <summary>Forgets an acknowledged message; returns false when it is not (or no longer) kept.</summary>
    public bool Acknowledge(uint sequenceNumber)
    {
        if (!_retransmission.Remove(sequenceNumber, out var message)) return false;
        Release(message);
        return true;
    }

    /// <summary>Copies an encoded message into a recycled buffer, so steady publishing allocates no message bytes.</summary>
    private RetainedMessage Retain(ReadOnlySpan<byte> encoded)
    {
        byte[]? buffer = null;
        while (_spareBuffers.TryPop(out var spare))
        {
            if (spare.Length < encoded.Length) continue;
            buffer = spare;
            break;
        }
        buffer ??= new byte[(int)Math.Min(Array.MaxLength, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(encoded.Length, 1024)))];
        encoded.CopyTo(buffer);
        return new RetainedMessage(buffer, encoded.Length);
    }

    private void Release(RetainedMessage message)
    {
        if (message.Sent && _spareBuffers.Count < _maxRetransmission) _spareBuffers.Push(message.Buffer);
    }
}
