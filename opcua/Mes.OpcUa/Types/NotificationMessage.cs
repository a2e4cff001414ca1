using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class NotificationMessage
{
    public uint SequenceNumber { get; set; }

    public DateTime PublishTime { get; set; }

    public ExtensionObject[]? NotificationData { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteUInt32(SequenceNumber);
        w.WriteDateTime(PublishTime);
        w.WriteArray<ExtensionObject>(NotificationData, static (x, v) => x.WriteExtensionObject(v));
    }

    public static NotificationMessage Decode(ref UaReader r) => new()
    {
        SequenceNumber = r.ReadUInt32(),
        PublishTime = r.ReadDateTime(),
        NotificationData = r.ReadArray(static (ref UaReader x) => x.ReadExtensionObject(), 3, "NotificationMessage.NotificationData"),
    };
}
