namespace Mes.OpcUa.Client;

/// <summary>
/// All data changes of one Publish response of one subscription, in the order the server sent them. The batch is
/// pooled: <see cref="Values"/> is valid until the enumerator moves to the next batch, so copy what must outlive it.
/// </summary>
public sealed class DataChangeBatch
{
    private MonitoredValue[] _values = new MonitoredValue[64];
    private int _count;

    /// <summary>The subscription.</summary>
    public uint SubscriptionId { get; internal set; }

    /// <summary>The sequence number of the notification message.</summary>
    public uint SequenceNumber { get; internal set; }

    /// <summary>When the server published the message.</summary>
    public DateTime PublishTime { get; internal set; }

    /// <summary>True when this batch came from a Republish after a gap was detected.</summary>
    public bool IsRepublished { get; internal set; }

    /// <summary>The data changes.</summary>
    public ReadOnlySpan<MonitoredValue> Values => _values.AsSpan(0, _count);

    /// <summary>The data changes as memory (same lifetime as <see cref="Values"/>).</summary>
    public ReadOnlyMemory<MonitoredValue> Memory => _values.AsMemory(0, _count);

    /// <summary>The number of data changes.</summary>
    public int Count => _count;

    internal void Clear()
    {
        _count = 0;
        IsRepublished = false;
    }

    internal void Add(uint clientHandle, in Encoding.DataValue value)
    {
        if (_count == _values.Length) Array.Resize(ref _values, _values.Length * 2);
        _values[_count++] = new MonitoredValue(clientHandle, value);
    }
}
