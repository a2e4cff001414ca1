using System.Collections.Concurrent;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Nodes;

/// <summary>
/// The nodes a server exposes. Hosts add objects, typed variables and methods under the Objects folder (or under each
/// other) in namespaces they register; the standard Server object is present from the start. Thread-safe.
/// </summary>
public sealed class AddressSpace
{
    /// <summary>The OPC UA namespace (index 0).</summary>
    public const string OpcUaNamespace = "http://opcfoundation.org/UA/";

    private readonly ConcurrentDictionary<NodeId, Node> _nodes = new();
    private readonly List<string> _namespaces = [OpcUaNamespace];
    private readonly TimeProvider _clock;

    internal AddressSpace(string applicationUri, TimeProvider clock)
    {
        _clock = clock;
        _namespaces.Add(applicationUri);
        var root = Add(new ObjectNode(WellKnownNodes.RootFolder, new QualifiedName(0, "Root"), "Root") { TypeDefinition = WellKnownNodes.FolderType });
        ObjectsFolder = Add(new ObjectNode(WellKnownNodes.ObjectsFolder, new QualifiedName(0, "Objects"), "Objects") { TypeDefinition = WellKnownNodes.FolderType });
        var types = Add(new ObjectNode(WellKnownNodes.TypesFolder, new QualifiedName(0, "Types"), "Types") { TypeDefinition = WellKnownNodes.FolderType });
        var views = Add(new ObjectNode(WellKnownNodes.ViewsFolder, new QualifiedName(0, "Views"), "Views") { TypeDefinition = WellKnownNodes.FolderType });
        foreach (var folder in new Node[] { root, ObjectsFolder, types, views })
            AddReference(folder.NodeId, WellKnownNodes.HasTypeDefinition, WellKnownNodes.FolderType, inverse: false);
        foreach (var child in new[] { ObjectsFolder, types, views })
            AddReference(root.NodeId, WellKnownNodes.Organizes, child.NodeId);
    }

    /// <summary>The Objects folder, where a host's objects go.</summary>
    public ObjectNode ObjectsFolder { get; }

    /// <summary>The namespace URIs; the index of a URI is the namespace index of its node ids. Index 1 is the server's own.</summary>
    public IReadOnlyList<string> NamespaceUris
    {
        get
        {
            lock (_namespaces) return _namespaces.ToArray();
        }
    }

    /// <summary>Registers a namespace URI (or finds it) and returns its index.</summary>
    public ushort RegisterNamespace(string uri)
    {
        ArgumentException.ThrowIfNullOrEmpty(uri);
        lock (_namespaces)
        {
            var index = _namespaces.IndexOf(uri);
            if (index >= 0) return (ushort)index;
            _namespaces.Add(uri);
            return (ushort)(_namespaces.Count - 1);
        }
    }

    /// <summary>Finds a node.</summary>
    public Node? Find(NodeId nodeId) => _nodes.GetValueOrDefault(nodeId);

    /// <summary>Finds a variable.</summary>
    public VariableNode? FindVariable(NodeId nodeId) => Find(nodeId) as VariableNode;

    /// <summary>Adds a folder (an object of FolderType) organized by <paramref name="parent"/>.</summary>
    public ObjectNode AddFolder(NodeId parent, NodeId nodeId, string browseName) =>
        AddObject(parent, nodeId, browseName, WellKnownNodes.FolderType);

    /// <summary>Adds an object under <paramref name="parent"/> (organized by a folder, a component of an object).</summary>
    public ObjectNode AddObject(NodeId parent, NodeId nodeId, string browseName, NodeId? typeDefinition = null)
    {
        var node = Add(new ObjectNode(nodeId, new QualifiedName(nodeId.NamespaceIndex, browseName), browseName)
        {
            TypeDefinition = typeDefinition ?? WellKnownNodes.BaseObjectType,
        });
        LinkChild(parent, node);
        return node;
    }

    /// <summary>
    /// Adds a variable whose data type follows from <typeparamref name="T"/> (<c>double</c> → Double, <c>int[]</c> →
    /// Int32 array, <c>Variant</c> → any) and returns a typed handle for cheap updates.
    /// </summary>
    public Variable<T> AddVariable<T>(NodeId parent, NodeId nodeId, string browseName, T initialValue, AccessLevel accessLevel = AccessLevel.CurrentRead)
    {
        NodeId dataType;
        int valueRank;
        if (typeof(T) == typeof(Variant))
        {
            dataType = WellKnownNodes.BaseDataType;
            valueRank = -2;
        }
        else if (BuiltInTypes.OfArray(typeof(T)) is { } element && typeof(T) != typeof(byte[]))
        {
            dataType = BuiltInTypes.DataTypeId(element);
            valueRank = 1;
        }
        else
        {
            var builtIn = BuiltInTypes.Of(typeof(T)) ?? throw new ArgumentException($"{typeof(T).Name} is not an OPC UA built-in type.", nameof(initialValue));
            dataType = BuiltInTypes.DataTypeId(builtIn);
            valueRank = -1;
        }
        var node = AddVariable(parent, nodeId, browseName, dataType, valueRank, Variant.From(initialValue), accessLevel);
        return new Variable<T>(node);
    }

    /// <summary>Adds a variable with an explicit data type and value rank.</summary>
    public VariableNode AddVariable(NodeId parent, NodeId nodeId, string browseName, NodeId dataType, int valueRank, Variant initialValue,
        AccessLevel accessLevel = AccessLevel.CurrentRead, double minimumSamplingInterval = 0)
    {
        var node = new VariableNode(nodeId, new QualifiedName(nodeId.NamespaceIndex, browseName), browseName, dataType, valueRank, accessLevel, _clock)
        {
            TypeDefinition = WellKnownNodes.BaseDataVariableType,
            MinimumSamplingInterval = minimumSamplingInterval,
        };
        node.SetValue(initialValue);
        Add(node);
        LinkChild(parent, node);
        return node;
    }

    /// <summary>Adds a method to an object; the server checks the inputs against <paramref name="inputs"/> before calling <paramref name="handler"/>.</summary>
    public MethodNode AddMethod(NodeId parent, NodeId nodeId, string browseName, IReadOnlyList<Argument> inputs, IReadOnlyList<Argument> outputs, MethodHandler handler)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(handler);
        var node = Add(new MethodNode(nodeId, new QualifiedName(nodeId.NamespaceIndex, browseName), browseName, inputs, outputs, handler));
        LinkChild(parent, node);
        if (inputs.Count > 0) AddArgumentsProperty(node, "InputArguments", inputs);
        if (outputs.Count > 0) AddArgumentsProperty(node, "OutputArguments", outputs);
        return node;
    }

    private void AddArgumentsProperty(MethodNode method, string name, IReadOnlyList<Argument> arguments)
    {
        var id = new NodeId($"{method.NodeId.IdentifierText()}.{name}", method.NodeId.NamespaceIndex);
        var value = Variant.FromArray(arguments.Select(a => new ExtensionObject(a)).ToArray());
        var property = new VariableNode(id, new QualifiedName(0, name), name, WellKnownNodes.ArgumentDataType, 1, AccessLevel.CurrentRead, _clock)
        {
            TypeDefinition = WellKnownNodes.PropertyType,
        };
        property.SetValue(value);
        Add(property);
        AddReference(method.NodeId, WellKnownNodes.HasProperty, id);
        AddReference(id, WellKnownNodes.HasTypeDefinition, WellKnownNodes.PropertyType, inverse: false);
    }

    /// <summary>Adds a reference (and its inverse on the target when the target is in this address space).</summary>
    public void AddReference(NodeId source, NodeId referenceType, NodeId target) => AddReference(source, referenceType, target, inverse: true);

    private void AddReference(NodeId source, NodeId referenceType, NodeId target, bool inverse)
    {
        var from = Find(source) ?? throw new ArgumentException($"node {source} does not exist", nameof(source));
        from.AddReference(new NodeReference(referenceType, true, target));
        if (inverse && Find(target) is { } to) to.AddReference(new NodeReference(referenceType, false, source));
    }

    internal T Add<T>(T node) where T : Node
    {
        if (!_nodes.TryAdd(node.NodeId, node)) throw new ArgumentException($"node {node.NodeId} already exists", nameof(node));
        return node;
    }

    internal T AddStandard<T>(NodeId parent, NodeId referenceType, T node) where T : Node
    {
        Add(node);
        AddReference(parent, referenceType, node.NodeId);
        if (!node.TypeDefinition.IsNull) AddReference(node.NodeId, WellKnownNodes.HasTypeDefinition, node.TypeDefinition, inverse: false);
        return node;
    }

    private void LinkChild(NodeId parent, Node child)
    {
        var parentNode = Find(parent) ?? throw new ArgumentException($"parent node {parent} does not exist", nameof(parent));
        var isFolder = parentNode is ObjectNode { TypeDefinition: var type } && type == WellKnownNodes.FolderType;
        var referenceType = child is ObjectNode && isFolder ? WellKnownNodes.Organizes : WellKnownNodes.HasComponent;
        AddReference(parent, referenceType, child.NodeId);
        if (!child.TypeDefinition.IsNull) AddReference(child.NodeId, WellKnownNodes.HasTypeDefinition, child.TypeDefinition, inverse: false);
    }

    internal VariableNode CreateVariable(NodeId nodeId, string browseName, NodeId dataType, int valueRank, Variant value, NodeId typeDefinition, Func<Variant>? source = null) =>
        new VariableNode(nodeId, new QualifiedName(0, browseName), browseName, dataType, valueRank, AccessLevel.CurrentRead, _clock)
        {
            TypeDefinition = typeDefinition,
            ValueSource = source,
        }.WithValue(value);
}
