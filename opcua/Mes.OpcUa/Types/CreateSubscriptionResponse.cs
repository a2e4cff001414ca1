using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CreateSubscriptionResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(790u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public uint SubscriptionId { get; set; }

    public double RevisedPublishingInterval { get; set; }

    public uint RevisedLifetimeCount { get; set; }

    public uint RevisedMaxKeepAliveCount { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteUInt32(SubscriptionId);
        w.WriteDouble(RevisedPublishingInterval);
        w.WriteUInt32(RevisedLifetimeCount);
        w.WriteUInt32(RevisedMaxKeepAliveCount);
    }

    public static CreateSubscriptionResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        SubscriptionId = r.ReadUInt32(),
        RevisedPublishingInterval = r.ReadDouble(),
        RevisedLifetimeCount = r.ReadUInt32(),
        RevisedMaxKeepAliveCount = r.ReadUInt32(),
    };
}
