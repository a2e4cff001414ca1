using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class ActivateSessionResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(470u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public byte[]? ServerNonce { get; set; }

    public StatusCode[]? Results { get; set; }

    public DiagnosticInfo?[]? DiagnosticInfos { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteByteString(ServerNonce);
        w.WriteArray<StatusCode>(Results, static (x, v) => x.WriteStatusCode(v));
        w.WriteArray<DiagnosticInfo?>(DiagnosticInfos, static (x, v) => x.WriteDiagnosticInfo(v));
    }

    public static ActivateSessionResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        ServerNonce = r.ReadByteString(),
        Results = r.ReadArray(static (ref UaReader x) => x.ReadStatusCode(), 4, "ActivateSessionResponse.Results"),
        DiagnosticInfos = r.ReadArray(static (ref UaReader x) => x.ReadDiagnosticInfo(), 1, "ActivateSessionResponse.DiagnosticInfos"),
    };
}
