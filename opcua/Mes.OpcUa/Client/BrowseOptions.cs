using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Client;

/// <summary>Which references a browse returns.</summary>
public sealed record BrowseOptions
{
    /// <summary>Forward (children), inverse (parents) or both.</summary>
    public BrowseDirection Direction { get; init; } = BrowseDirection.Forward;

    /// <summary>The reference type to follow; hierarchical references by default.</summary>
    public NodeId ReferenceTypeId { get; init; } = WellKnownNodes.HierarchicalReferences;

    /// <summary>Whether subtypes of the reference type are followed too.</summary>
    public bool IncludeSubtypes { get; init; } = true;

    /// <summary>Node classes to return (a <see cref="NodeClass"/> bit mask); 0 returns all.</summary>
    public uint NodeClassMask { get; init; }

    /// <summary>How many references the server returns per call before a continuation point (0 = server's choice).</summary>
    public uint MaxReferencesPerNode { get; init; }
}
