using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class DeleteSubscriptionsRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(847u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public uint[]? SubscriptionIds { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteArray<uint>(SubscriptionIds, static (x, v) => x.WriteUInt32(v));
    }

    public static DeleteSubscriptionsRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        SubscriptionIds = r.ReadArray(static (ref UaReader x) => x.ReadUInt32(), 4, "DeleteSubscriptionsRequest.SubscriptionIds"),
    };
}
