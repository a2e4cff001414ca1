using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class DataChangeFilter : IEncodeable
{
    public static readonly NodeId EncodingId = new(724u);

    public NodeId BinaryEncodingId => EncodingId;

    public DataChangeTrigger Trigger { get; set; }

    public uint DeadbandType { get; set; }

    public double DeadbandValue { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteInt32((int)Trigger);
        w.WriteUInt32(DeadbandType);
        w.WriteDouble(DeadbandValue);
    }

    public static DataChangeFilter Decode(ref UaReader r) => new()
    {
        Trigger = (DataChangeTrigger)r.ReadInt32(),
        DeadbandType = r.ReadUInt32(),
        DeadbandValue = r.ReadDouble(),
    };
}
