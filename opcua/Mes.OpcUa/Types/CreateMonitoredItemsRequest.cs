using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CreateMonitoredItemsRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(751u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public uint SubscriptionId { get; set; }

    public TimestampsToReturn TimestampsToReturn { get; set; }

    public MonitoredItemCreateRequest[]? ItemsToCreate { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteUInt32(SubscriptionId);
        w.WriteInt32((int)TimestampsToReturn);
        w.WriteArray<MonitoredItemCreateRequest>(ItemsToCreate, static (x, v) => v.Encode(x));
    }

    public static CreateMonitoredItemsRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        SubscriptionId = r.ReadUInt32(),
        TimestampsToReturn = (TimestampsToReturn)r.ReadInt32(),
        ItemsToCreate = r.ReadArray(static (ref UaReader x) => MonitoredItemCreateRequest.Decode(ref x), 1, "CreateMonitoredItemsRequest.ItemsToCreate"),
    };
}
