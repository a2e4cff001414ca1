namespace Mes.PlcSimulator.AddressSpace;

/// <summary>
/// A node of the simulator's address space. <see cref="NodeId"/> is the string identifier in the namespace
/// <see cref="ILineAddressSpace.NamespaceUri"/> (<c>smt-01-placer-1.Slots.1.Picks</c>); the browse name and the
/// display name are <see cref="BrowseName"/>, qualified by the same namespace.
/// </summary>
public abstract class AddressSpaceNode
{
    private protected AddressSpaceNode(string nodeId, string browseName, string description)
    {
        NodeId = nodeId;
        BrowseName = browseName;
        Description = description;
    }

    /// <summary>String node id, unique in the address space.</summary>
    public string NodeId { get; }

    /// <summary>Browse name and display name.</summary>
    public string BrowseName { get; }

    /// <summary>The Description attribute: what the node means, in English.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => NodeId;
}
