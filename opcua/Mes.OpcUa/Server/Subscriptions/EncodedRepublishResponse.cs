using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Subscriptions;

/// <summary>A Republish response carrying a NotificationMessage kept in its encoded form.</summary>
internal sealed class EncodedRepublishResponse : IServiceResponse
{
    public NodeId BinaryEncodingId => RepublishResponse.EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public ReadOnlyMemory<byte> NotificationMessage { get; init; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteBytes(NotificationMessage.Span);
    }
}
