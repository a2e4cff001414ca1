using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class WriteValue
{
    public NodeId NodeId { get; set; }

    public uint AttributeId { get; set; }

    public string? IndexRange { get; set; }

    public DataValue Value { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteNodeId(NodeId);
        w.WriteUInt32(AttributeId);
        w.WriteString(IndexRange);
        w.WriteDataValue(Value);
    }

    public static WriteValue Decode(ref UaReader r) => new()
    {
        NodeId = r.ReadNodeId(),
        AttributeId = r.ReadUInt32(),
        IndexRange = r.ReadString(),
        Value = r.ReadDataValue(),
    };
}
