using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Nodes;

/// <summary>A node of the server's address space: identity, names and references.</summary>
public abstract class Node
{
    private readonly List<NodeReference> _references = [];

    private protected Node(NodeId nodeId, QualifiedName browseName, LocalizedText displayName)
    {
        NodeId = nodeId;
        BrowseName = browseName;
        DisplayName = displayName;
    }

    /// <summary>The node id.</summary>
    public NodeId NodeId { get; }

    /// <summary>The node class.</summary>
    public abstract NodeClass NodeClass { get; }

    /// <summary>The browse name.</summary>
    public QualifiedName BrowseName { get; }

    /// <summary>The display name.</summary>
    public LocalizedText DisplayName { get; }

    /// <summary>An optional description.</summary>
    public LocalizedText Description { get; init; }

    /// <summary>The type definition (objects and variables).</summary>
    public NodeId TypeDefinition { get; init; }

    /// <summary>The node's references, forward and inverse.</summary>
    public IReadOnlyList<NodeReference> References
    {
        get
        {
            lock (_references) return _references.ToArray();
        }
    }

    internal void AddReference(NodeReference reference)
    {
        lock (_references) _references.Add(reference);
    }

    internal NodeReference[] ReferencesSnapshot()
    {
        lock (_references) return _references.ToArray();
    }
}
