using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class DeleteMonitoredItemsResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(784u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public StatusCode[]? Results { get; set; }

    public DiagnosticInfo?[]? DiagnosticInfos { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteArray<StatusCode>(Results, static (x, v) => x.WriteStatusCode(v));
        w.WriteArray<DiagnosticInfo?>(DiagnosticInfos, static (x, v) => x.WriteDiagnosticInfo(v));
    }

    public static DeleteMonitoredItemsResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        Results = r.ReadArray(static (ref UaReader x) => x.ReadStatusCode(), 4, "DeleteMonitoredItemsResponse.Results"),
        DiagnosticInfos = r.ReadArray(static (ref UaReader x) => x.ReadDiagnosticInfo(), 1, "DeleteMonitoredItemsResponse.DiagnosticInfos"),
    };
}
