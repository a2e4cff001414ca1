using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class SetPublishingModeRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(799u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public bool PublishingEnabled { get; set; }

    public uint[]? SubscriptionIds { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteBoolean(PublishingEnabled);
        w.WriteArray<uint>(SubscriptionIds, static (x, v) => x.WriteUInt32(v));
    }

    public static SetPublishingModeRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        PublishingEnabled = r.ReadBoolean(),
        SubscriptionIds = r.ReadArray(static (ref UaReader x) => x.ReadUInt32(), 4, "SetPublishingModeRequest.SubscriptionIds"),
    };
}
