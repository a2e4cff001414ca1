using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class GetEndpointsResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(431u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public EndpointDescription[]? Endpoints { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteArray<EndpointDescription>(Endpoints, static (x, v) => v.Encode(x));
    }

    public static GetEndpointsResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        Endpoints = r.ReadArray(static (ref UaReader x) => EndpointDescription.Decode(ref x), 1, "GetEndpointsResponse.Endpoints"),
    };
}
