using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Server.Nodes;

/// <summary>A reference from one node to another, as stored on the source node (inverse references are stored too).</summary>
/// <param name="ReferenceTypeId">The reference type.</param>
/// <param name="IsForward">True when the holder is the source.</param>
/// <param name="Target">The other node.</param>
public sealed record NodeReference(NodeId ReferenceTypeId, bool IsForward, NodeId Target);
