using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class BrowseDescription
{
    public NodeId NodeId { get; set; }

    public BrowseDirection BrowseDirection { get; set; }

    public NodeId ReferenceTypeId { get; set; }

    public bool IncludeSubtypes { get; set; }

    public uint NodeClassMask { get; set; }

    public uint ResultMask { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteNodeId(NodeId);
        w.WriteInt32((int)BrowseDirection);
        w.WriteNodeId(ReferenceTypeId);
        w.WriteBoolean(IncludeSubtypes);
        w.WriteUInt32(NodeClassMask);
        w.WriteUInt32(ResultMask);
    }

    public static BrowseDescription Decode(ref UaReader r) => new()
    {
        NodeId = r.ReadNodeId(),
        BrowseDirection = (BrowseDirection)r.ReadInt32(),
        ReferenceTypeId = r.ReadNodeId(),
        IncludeSubtypes = r.ReadBoolean(),
        NodeClassMask = r.ReadUInt32(),
        ResultMask = r.ReadUInt32(),
    };
}
