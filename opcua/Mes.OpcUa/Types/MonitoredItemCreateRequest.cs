using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class MonitoredItemCreateRequest
{
    public ReadValueId ItemToMonitor { get; set; } = new();

    public MonitoringMode MonitoringMode { get; set; }

    public MonitoringParameters RequestedParameters { get; set; } = new();

    public void Encode(UaWriter w)
    {
        ItemToMonitor.Encode(w);
        w.WriteInt32((int)MonitoringMode);
        RequestedParameters.Encode(w);
    }

    public static MonitoredItemCreateRequest Decode(ref UaReader r) => new()
    {
        ItemToMonitor = ReadValueId.Decode(ref r),
        MonitoringMode = (MonitoringMode)r.ReadInt32(),
        RequestedParameters = MonitoringParameters.Decode(ref r),
    };
}
