using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Services;

/// <summary>A request of a service this server does not implement; only its header is decoded, to answer BadServiceUnsupported.</summary>
internal sealed class UnsupportedRequest(NodeId typeId, RequestHeader header) : IServiceRequest
{
    public NodeId TypeId { get; } = typeId;

    public NodeId BinaryEncodingId => TypeId;

    public RequestHeader RequestHeader { get; set; } = header;

    public void Encode(UaWriter writer) => RequestHeader.Encode(writer);
}
