namespace Mes.OpcUa.Encoding;

/// <summary>
/// A node id that may name its namespace by URI instead of index and may point to another server
/// (Part 6 §5.2.2.10).
/// </summary>
/// <param name="NodeId">The node id; its namespace index is ignored on the wire when <paramref name="NamespaceUri"/> is set.</param>
/// <param name="NamespaceUri">The namespace URI, or null.</param>
/// <param name="ServerIndex">The index in the server array, 0 for the local server.</param>
public readonly record struct ExpandedNodeId(NodeId NodeId, string? NamespaceUri = null, uint ServerIndex = 0)
{
    /// <summary>Wraps a local node id.</summary>
    public static implicit operator ExpandedNodeId(NodeId nodeId) => new(nodeId);

    /// <summary>True when the id has neither a namespace URI nor a server index, so it resolves to <see cref="NodeId"/> locally.</summary>
    public bool IsLocal => NamespaceUri is null && ServerIndex == 0;

    /// <inheritdoc />
    public override string ToString() =>
        (ServerIndex != 0 ? $"svr={ServerIndex};" : "") + (NamespaceUri is null ? NodeId.ToString() : $"nsu={NamespaceUri};{NodeId.IdentifierText()}");
}
