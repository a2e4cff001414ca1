using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CallResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(715u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public CallMethodResult[]? Results { get; set; }

    public DiagnosticInfo?[]? DiagnosticInfos { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteArray<CallMethodResult>(Results, static (x, v) => v.Encode(x));
        w.WriteArray<DiagnosticInfo?>(DiagnosticInfos, static (x, v) => x.WriteDiagnosticInfo(v));
    }

    public static CallResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        Results = r.ReadArray(static (ref UaReader x) => CallMethodResult.Decode(ref x), 1, "CallResponse.Results"),
        DiagnosticInfos = r.ReadArray(static (ref UaReader x) => x.ReadDiagnosticInfo(), 1, "CallResponse.DiagnosticInfos"),
    };
}
