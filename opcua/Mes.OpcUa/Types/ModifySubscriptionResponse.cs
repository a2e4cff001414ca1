using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class ModifySubscriptionResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(796u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public double RevisedPublishingInterval { get; set; }

    public uint RevisedLifetimeCount { get; set; }

    public uint RevisedMaxKeepAliveCount { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteDouble(RevisedPublishingInterval);
        w.WriteUInt32(RevisedLifetimeCount);
        w.WriteUInt32(RevisedMaxKeepAliveCount);
    }

    public static ModifySubscriptionResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        RevisedPublishingInterval = r.ReadDouble(),
        RevisedLifetimeCount = r.ReadUInt32(),
        RevisedMaxKeepAliveCount = r.ReadUInt32(),
    };
}
