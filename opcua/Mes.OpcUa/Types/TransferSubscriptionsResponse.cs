using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class TransferSubscriptionsResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(844u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public TransferResult[]? Results { get; set; }

    public DiagnosticInfo?[]? DiagnosticInfos { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteArray<TransferResult>(Results, static (x, v) => v.Encode(x));
        w.WriteArray<DiagnosticInfo?>(DiagnosticInfos, static (x, v) => x.WriteDiagnosticInfo(v));
    }

    public static TransferSubscriptionsResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        Results = r.ReadArray(static (ref UaReader x) => TransferResult.Decode(ref x), 8, "TransferSubscriptionsResponse.Results"),
        DiagnosticInfos = r.ReadArray(static (ref UaReader x) => x.ReadDiagnosticInfo(), 1, "TransferSubscriptionsResponse.DiagnosticInfos"),
    };
}
