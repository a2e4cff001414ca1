using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class ServiceFault : IServiceResponse
{
    public static readonly NodeId EncodingId = new(397u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
    }

    public static ServiceFault Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
    };
}
