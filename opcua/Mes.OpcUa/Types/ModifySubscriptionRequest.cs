using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class ModifySubscriptionRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(793u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public uint SubscriptionId { get; set; }

    public double RequestedPublishingInterval { get; set; }

    public uint RequestedLifetimeCount { get; set; }

    public uint RequestedMaxKeepAliveCount { get; set; }

    public uint MaxNotificationsPerPublish { get; set; }

    public byte Priority { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteUInt32(SubscriptionId);
        w.WriteDouble(RequestedPublishingInterval);
        w.WriteUInt32(RequestedLifetimeCount);
        w.WriteUInt32(RequestedMaxKeepAliveCount);
        w.WriteUInt32(MaxNotificationsPerPublish);
        w.WriteByte(Priority);
    }

    public static ModifySubscriptionRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        SubscriptionId = r.ReadUInt32(),
        RequestedPublishingInterval = r.ReadDouble(),
        RequestedLifetimeCount = r.ReadUInt32(),
        RequestedMaxKeepAliveCount = r.ReadUInt32(),
        MaxNotificationsPerPublish = r.ReadUInt32(),
        Priority = r.ReadByte(),
    };
}
