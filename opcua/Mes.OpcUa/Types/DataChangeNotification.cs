using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class DataChangeNotification : IEncodeable
{
    public static readonly NodeId EncodingId = new(811u);

    public NodeId BinaryEncodingId => EncodingId;

    public MonitoredItemNotification[]? MonitoredItems { get; set; }

    public DiagnosticInfo?[]? DiagnosticInfos { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteArray<MonitoredItemNotification>(MonitoredItems, static (x, v) => v.Encode(x));
        w.WriteArray<DiagnosticInfo?>(DiagnosticInfos, static (x, v) => x.WriteDiagnosticInfo(v));
    }

    public static DataChangeNotification Decode(ref UaReader r) => new()
    {
        MonitoredItems = r.ReadArray(static (ref UaReader x) => MonitoredItemNotification.Decode(ref x), 1, "DataChangeNotification.MonitoredItems"),
        DiagnosticInfos = r.ReadArray(static (ref UaReader x) => x.ReadDiagnosticInfo(), 1, "DataChangeNotification.DiagnosticInfos"),
    };
}
