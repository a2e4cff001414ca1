using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class ReadValueId
{
    public NodeId NodeId { get; set; }

    public uint AttributeId { get; set; }

    public string? IndexRange { get; set; }

    public QualifiedName DataEncoding { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteNodeId(NodeId);
        w.WriteUInt32(AttributeId);
        w.WriteString(IndexRange);
        w.WriteQualifiedName(DataEncoding);
    }

    public static ReadValueId Decode(ref UaReader r) => new()
    {
        NodeId = r.ReadNodeId(),
        AttributeId = r.ReadUInt32(),
        IndexRange = r.ReadString(),
        DataEncoding = r.ReadQualifiedName(),
    };
}
