using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class DeleteMonitoredItemsRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(781u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public uint SubscriptionId { get; set; }

    public uint[]? MonitoredItemIds { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteUInt32(SubscriptionId);
        w.WriteArray<uint>(MonitoredItemIds, static (x, v) => x.WriteUInt32(v));
    }

    public static DeleteMonitoredItemsRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        SubscriptionId = r.ReadUInt32(),
        MonitoredItemIds = r.ReadArray(static (ref UaReader x) => x.ReadUInt32(), 4, "DeleteMonitoredItemsRequest.MonitoredItemIds"),
    };
}
