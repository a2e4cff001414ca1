using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class MonitoringParameters
{
    public uint ClientHandle { get; set; }

    public double SamplingInterval { get; set; }

    public ExtensionObject Filter { get; set; }

    public uint QueueSize { get; set; }

    public bool DiscardOldest { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteUInt32(ClientHandle);
        w.WriteDouble(SamplingInterval);
        w.WriteExtensionObject(Filter);
        w.WriteUInt32(QueueSize);
        w.WriteBoolean(DiscardOldest);
    }

    public static MonitoringParameters Decode(ref UaReader r) => new()
    {
        ClientHandle = r.ReadUInt32(),
        SamplingInterval = r.ReadDouble(),
        Filter = r.ReadExtensionObject(),
        QueueSize = r.ReadUInt32(),
        DiscardOldest = r.ReadBoolean(),
    };
}
