using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class SubscriptionAcknowledgement
{
    public uint SubscriptionId { get; set; }

    public uint SequenceNumber { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteUInt32(SubscriptionId);
        w.WriteUInt32(SequenceNumber);
    }

    public static SubscriptionAcknowledgement Decode(ref UaReader r) => new()
    {
        SubscriptionId = r.ReadUInt32(),
        SequenceNumber = r.ReadUInt32(),
    };
}
