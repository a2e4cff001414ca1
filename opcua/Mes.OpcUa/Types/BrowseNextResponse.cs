using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class BrowseNextResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(536u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public BrowseResult[]? Results { get; set; }

    public DiagnosticInfo?[]? DiagnosticInfos { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteArray<BrowseResult>(Results, static (x, v) => v.Encode(x));
        w.WriteArray<DiagnosticInfo?>(DiagnosticInfos, static (x, v) => x.WriteDiagnosticInfo(v));
    }

    public static BrowseNextResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        Results = r.ReadArray(static (ref UaReader x) => BrowseResult.Decode(ref x), 1, "BrowseNextResponse.Results"),
        DiagnosticInfos = r.ReadArray(static (ref UaReader x) => x.ReadDiagnosticInfo(), 1, "BrowseNextResponse.DiagnosticInfos"),
    };
}
