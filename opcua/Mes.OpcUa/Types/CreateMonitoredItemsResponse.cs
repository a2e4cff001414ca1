using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CreateMonitoredItemsResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(754u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public MonitoredItemCreateResult[]? Results { get; set; }

    public DiagnosticInfo?[]? DiagnosticInfos { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteArray<MonitoredItemCreateResult>(Results, static (x, v) => v.Encode(x));
        w.WriteArray<DiagnosticInfo?>(DiagnosticInfos, static (x, v) => x.WriteDiagnosticInfo(v));
    }

    public static CreateMonitoredItemsResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        Results = r.ReadArray(static (ref UaReader x) => MonitoredItemCreateResult.Decode(ref x), 1, "CreateMonitoredItemsResponse.Results"),
        DiagnosticInfos = r.ReadArray(static (ref UaReader x) => x.ReadDiagnosticInfo(), 1, "CreateMonitoredItemsResponse.DiagnosticInfos"),
    };
}
