using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class RepublishResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(835u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public NotificationMessage NotificationMessage { get; set; } = new();

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        NotificationMessage.Encode(w);
    }

    public static RepublishResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        NotificationMessage = NotificationMessage.Decode(ref r),
    };
}
