using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class TransferSubscriptionsRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(841u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public uint[]? SubscriptionIds { get; set; }

    public bool SendInitialValues { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteArray<uint>(SubscriptionIds, static (x, v) => x.WriteUInt32(v));
        w.WriteBoolean(SendInitialValues);
    }

    public static TransferSubscriptionsRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        SubscriptionIds = r.ReadArray(static (ref UaReader x) => x.ReadUInt32(), 4, "TransferSubscriptionsRequest.SubscriptionIds"),
        SendInitialValues = r.ReadBoolean(),
    };
}
