namespace Mes.OpcUa.Encoding;

/// <summary>A name qualified by the index of the namespace that defines it (a node's BrowseName).</summary>
/// <param name="NamespaceIndex">The namespace index.</param>
/// <param name="Name">The name, or null.</param>
public readonly record struct QualifiedName(ushort NamespaceIndex, string? Name)
{
    /// <inheritdoc />
    public override string ToString() => NamespaceIndex == 0 ? Name ?? "" : $"{NamespaceIndex}:{Name}";
}
