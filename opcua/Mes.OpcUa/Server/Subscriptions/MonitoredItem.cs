using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server.Nodes;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Subscriptions;

/// <summary>
/// A monitored Value attribute: samples its variable at the sampling interval, reports a change when the status or
/// value (beyond the absolute deadband) differs from the last report, and keeps up to QueueSize values between
/// publishes in a ring buffer allocated once.
/// </summary>
internal sealed class MonitoredItem
{
    private readonly DataValue[] _queue;
    private int _head;
    private int _count;
    private int _lastVersion = -1;
    private DataValue _lastReported;
    private bool _hasReported;

    public MonitoredItem(uint id, uint clientHandle, VariableNode variable, double samplingInterval, uint queueSize, bool discardOldest,
        double? deadband, TimestampsToReturn timestamps, MonitoringMode mode)
    {
        Id = id;
        ClientHandle = clientHandle;
        Variable = variable;
        SamplingInterval = samplingInterval;
        DiscardOldest = discardOldest;
        Deadband = deadband;
        Timestamps = timestamps;
        Mode = mode;
        _queue = new DataValue[Math.Max(1, queueSize)];
    }

    public uint Id { get; }

    public uint ClientHandle { get; }

    public VariableNode Variable { get; }

    public double SamplingInterval { get; }

    public uint QueueSize => (uint)_queue.Length;

    public bool DiscardOldest { get; }

    public double? Deadband { get; }

    public TimestampsToReturn Timestamps { get; }

    public MonitoringMode Mode { get; set; }

    public long NextSampleTimestamp { get; set; }

    /// <summary>True while the item is in its subscription's list of items with values to report.</summary>
    public bool IsPending { get; set; }

    public int QueuedCount => _count;

    /// <summary>Samples the variable; returns true when a value was queued.</summary>
    public bool Sample()
    {
        if (Mode == MonitoringMode.Disabled) return false;
        var version = Variable.Version;
        if (Variable.ValueSource is null && version == _lastVersion) return false;
        _lastVersion = version;
        var value = Variable.Value;
        if (_hasReported && !Changed(value)) return false;
        _lastReported = value;
        _hasReported = true;
        Enqueue(value);
        return Mode == MonitoringMode.Reporting;
    }

    private bool Changed(in DataValue value)
    {
        if (value.Status != _lastReported.Status) return true;
        var next = value.Value;
        var previous = _lastReported.Value;
        if (Deadband is { } deadband && !next.IsArray && !previous.IsArray && next.Type == previous.Type)
        {
            var a = next.ToDouble();
            var b = previous.ToDouble();
            if (!double.IsNaN(a) && !double.IsNaN(b)) return Math.Abs(a - b) > deadband;
        }
        return !next.Equals(previous);
    }

    private void Enqueue(in DataValue value)
    {
        if (_count < _queue.Length)
        {
            _queue[(_head + _count) % _queue.Length] = value;
            _count++;
        }
        else if (DiscardOldest)
        {
            _queue[_head] = value;
            _head = (_head + 1) % _queue.Length;
        }
        else
        {
            _queue[(_head + _count - 1) % _queue.Length] = value;
        }
    }

    /// <summary>Writes up to <paramref name="max"/> queued values as MonitoredItemNotifications; returns how many.</summary>
    public int Drain(UaWriter writer, int max)
    {
        var written = 0;
        while (_count > 0 && written < max)
        {
            var value = _queue[_head];
            _queue[_head] = default;
            _head = (_head + 1) % _queue.Length;
            _count--;
            writer.WriteUInt32(ClientHandle);
            writer.WriteDataValue(Filter(value));
            written++;
        }
        return written;
    }

    private DataValue Filter(in DataValue value) => Timestamps switch
    {
        TimestampsToReturn.Source => value with { ServerTimestamp = default, ServerPicoseconds = 0 },
        TimestampsToReturn.Server => value with { SourceTimestamp = default, SourcePicoseconds = 0 },
        TimestampsToReturn.Neither => value with { SourceTimestamp = default, SourcePicoseconds = 0, ServerTimestamp = default, ServerPicoseconds = 0 },
        _ => value,
    };
}
