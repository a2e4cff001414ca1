using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CloseSessionRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(473u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public bool DeleteSubscriptions { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteBoolean(DeleteSubscriptions);
    }

    public static CloseSessionRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        DeleteSubscriptions = r.ReadBoolean(),
    };
}
