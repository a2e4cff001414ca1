using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class ReadResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(634u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public DataValue[]? Results { get; set; }

    public DiagnosticInfo?[]? DiagnosticInfos { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteArray<DataValue>(Results, static (x, v) => x.WriteDataValue(v));
        w.WriteArray<DiagnosticInfo?>(DiagnosticInfos, static (x, v) => x.WriteDiagnosticInfo(v));
    }

    public static ReadResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        Results = r.ReadArray(static (ref UaReader x) => x.ReadDataValue(), 1, "ReadResponse.Results"),
        DiagnosticInfos = r.ReadArray(static (ref UaReader x) => x.ReadDiagnosticInfo(), 1, "ReadResponse.DiagnosticInfos"),
    };
}
