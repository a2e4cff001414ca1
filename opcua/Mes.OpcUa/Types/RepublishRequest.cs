using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class RepublishRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(832u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public uint SubscriptionId { get; set; }

    public uint RetransmitSequenceNumber { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteUInt32(SubscriptionId);
        w.WriteUInt32(RetransmitSequenceNumber);
    }

    public static RepublishRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        SubscriptionId = r.ReadUInt32(),
        RetransmitSequenceNumber = r.ReadUInt32(),
    };
}
