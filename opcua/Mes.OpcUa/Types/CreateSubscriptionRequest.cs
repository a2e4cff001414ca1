using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CreateSubscriptionRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(787u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public double RequestedPublishingInterval { get; set; }

    public uint RequestedLifetimeCount { get; set; }

    public uint RequestedMaxKeepAliveCount { get; set; }

    public uint MaxNotificationsPerPublish { get; set; }

    public bool PublishingEnabled { get; set; }

    public byte Priority { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteDouble(RequestedPublishingInterval);
        w.WriteUInt32(RequestedLifetimeCount);
        w.WriteUInt32(RequestedMaxKeepAliveCount);
        w.WriteUInt32(MaxNotificationsPerPublish);
        w.WriteBoolean(PublishingEnabled);
        w.WriteByte(Priority);
    }

    public static CreateSubscriptionRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        RequestedPublishingInterval = r.ReadDouble(),
        RequestedLifetimeCount = r.ReadUInt32(),
        RequestedMaxKeepAliveCount = r.ReadUInt32(),
        MaxNotificationsPerPublish = r.ReadUInt32(),
        PublishingEnabled = r.ReadBoolean(),
        Priority = r.ReadByte(),
    };
}
