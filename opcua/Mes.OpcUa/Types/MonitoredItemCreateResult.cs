using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class MonitoredItemCreateResult
{
    public StatusCode StatusCode { get; set; }

    public uint MonitoredItemId { get; set; }

    public double RevisedSamplingInterval { get; set; }

    public uint RevisedQueueSize { get; set; }

    public ExtensionObject FilterResult { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteStatusCode(StatusCode);
        w.WriteUInt32(MonitoredItemId);
        w.WriteDouble(RevisedSamplingInterval);
        w.WriteUInt32(RevisedQueueSize);
        w.WriteExtensionObject(FilterResult);
    }

    public static MonitoredItemCreateResult Decode(ref UaReader r) => new()
    {
        StatusCode = r.ReadStatusCode(),
        MonitoredItemId = r.ReadUInt32(),
        RevisedSamplingInterval = r.ReadDouble(),
        RevisedQueueSize = r.ReadUInt32(),
        FilterResult = r.ReadExtensionObject(),
    };
}
