using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class StatusChangeNotification : IEncodeable
{
    public static readonly NodeId EncodingId = new(820u);

    public NodeId BinaryEncodingId => EncodingId;

    public StatusCode Status { get; set; }

    public DiagnosticInfo? DiagnosticInfo { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteStatusCode(Status);
        w.WriteDiagnosticInfo(DiagnosticInfo);
    }

    public static StatusChangeNotification Decode(ref UaReader r) => new()
    {
        Status = r.ReadStatusCode(),
        DiagnosticInfo = r.ReadDiagnosticInfo(),
    };
}
