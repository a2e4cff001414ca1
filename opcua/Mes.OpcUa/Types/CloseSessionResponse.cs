using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CloseSessionResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(476u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
    }

    public static CloseSessionResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
    };
}
