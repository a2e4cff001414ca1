using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Nodes;

/// <summary>An object (a machine, a folder): holds variables, methods and other objects.</summary>
public sealed class ObjectNode : Node
{
    internal ObjectNode(NodeId nodeId, QualifiedName browseName, LocalizedText displayName) : base(nodeId, browseName, displayName)
    {
    }

    /// <inheritdoc />
    public override NodeClass NodeClass => NodeClass.Object;
}
