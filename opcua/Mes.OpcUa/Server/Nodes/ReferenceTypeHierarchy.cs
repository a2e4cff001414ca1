using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Server.Nodes;

/// <summary>The standard reference type hierarchy (Part 5 §11), enough to answer "is this a subtype of that" in Browse.</summary>
internal static class ReferenceTypeHierarchy
{
    private static readonly Dictionary<uint, uint> Parents = new()
    {
        [32] = 31, [33] = 31, [34] = 33, [35] = 33, [36] = 33, [48] = 36, [44] = 34, [45] = 34,
        [46] = 44, [47] = 44, [49] = 47, [37] = 32, [38] = 32, [39] = 32, [40] = 32, [41] = 32,
    };

    public static bool IsKnown(NodeId type) => type.NamespaceIndex == 0 && type.IdType == NodeIdType.Numeric && (type.Numeric == 31 || Parents.ContainsKey(type.Numeric));

    public static bool Matches(NodeId reference, NodeId filter, bool includeSubtypes)
    {
        if (filter.IsNull || reference == filter) return true;
        if (!includeSubtypes || reference.NamespaceIndex != 0 || filter.NamespaceIndex != 0) return false;
        for (var current = reference.Numeric; Parents.TryGetValue(current, out var parent); current = parent)
            if (parent == filter.Numeric) return true;
        return false;
    }
}
