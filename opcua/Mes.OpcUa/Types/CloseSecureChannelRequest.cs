using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CloseSecureChannelRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(452u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
    }

    public static CloseSecureChannelRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
    };
}
