namespace Mes.PlcSimulator.AddressSpace;

/// <summary>
/// An object: a line (a folder), a machine (its workstation id is the node id), or a group inside a machine
/// (Identification, Slots, Slots.1, Zones, Steps.supply-voltage). Referenced from its parent with Organizes when
/// the parent is a folder and HasComponent otherwise; its variables and methods are its components.
/// </summary>
public sealed class ObjectNode : AddressSpaceNode
{
    private readonly List<ObjectNode> objects = [];
    private readonly List<VariableNode> variables = [];
    private readonly List<MethodNode> methods = [];

    internal ObjectNode(string nodeId, string browseName, string description, bool isFolder)
        : base(nodeId, browseName, description)
    {
        IsFolder = isFolder;
    }

    /// <summary>True for a line: type definition FolderType; otherwise BaseObjectType.</summary>
    public bool IsFolder { get; }

    /// <summary>Child objects, in browse order.</summary>
    public IReadOnlyList<ObjectNode> Objects => objects;

    /// <summary>Variables of this object, in browse order.</summary>
    public IReadOnlyList<VariableNode> Variables => variables;

    /// <summary>Methods of this object (a machine has Start, Stop, Reset, LoadProgram, InjectFault).</summary>
    public IReadOnlyList<MethodNode> Methods => methods;

    internal void Add(ObjectNode child) => objects.Add(child);

    internal void Add(VariableNode variable) => variables.Add(variable);

    internal void Add(MethodNode method) => methods.Add(method);
}
