using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

/// <summary>A reference found by Browse: its type, direction and the target node.</summary>
public sealed class ReferenceDescription
{
    /// <summary>The reference type.</summary>
    public NodeId ReferenceTypeId { get; set; }

    /// <summary>True for a forward reference.</summary>
    public bool IsForward { get; set; }

    /// <summary>The target node.</summary>
    public ExpandedNodeId NodeId { get; set; }

    /// <summary>The target's browse name.</summary>
    public QualifiedName BrowseName { get; set; }

    /// <summary>The target's display name.</summary>
    public LocalizedText DisplayName { get; set; }

    /// <summary>The target's node class.</summary>
    public NodeClass NodeClass { get; set; }

    /// <summary>The target's type definition (objects and variables).</summary>
    public ExpandedNodeId TypeDefinition { get; set; }

    /// <summary>Writes the fields in UA Binary.</summary>
    public void Encode(UaWriter w)
    {
        w.WriteNodeId(ReferenceTypeId);
        w.WriteBoolean(IsForward);
        w.WriteExpandedNodeId(NodeId);
        w.WriteQualifiedName(BrowseName);
        w.WriteLocalizedText(DisplayName);
        w.WriteInt32((int)NodeClass);
        w.WriteExpandedNodeId(TypeDefinition);
    }

    /// <summary>Reads the fields from UA Binary.</summary>
    public static ReferenceDescription Decode(ref UaReader r) => new()
    {
        ReferenceTypeId = r.ReadNodeId(),
        IsForward = r.ReadBoolean(),
        NodeId = r.ReadExpandedNodeId(),
        BrowseName = r.ReadQualifiedName(),
        DisplayName = r.ReadLocalizedText(),
        NodeClass = (NodeClass)r.ReadInt32(),
        TypeDefinition = r.ReadExpandedNodeId(),
    };
}
