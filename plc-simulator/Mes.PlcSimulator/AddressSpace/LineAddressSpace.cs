namespace Mes.PlcSimulator.AddressSpace;

/// <summary>
/// The address space of the simulated lines, built once by the simulation and then only changed in value. Writes,
/// calls, drains and simulation steps take <see cref="Gate"/>, so each happens whole.
/// </summary>
public sealed class LineAddressSpace : ILineAddressSpace
{
    /// <summary>The simulator's namespace URI (plant conventions).</summary>
    public const string Namespace = "urn:zone-mes:plc-simulator";

    private readonly List<ObjectNode> lines = [];
    private readonly List<VariableNode> variables = [];
    private readonly Dictionary<string, AddressSpaceNode> nodes = new(StringComparer.Ordinal);
    private readonly ChangeTracker tracker;

    internal LineAddressSpace(DateTime startUtc)
    {
        tracker = new ChangeTracker(startUtc);
    }

    /// <inheritdoc />
    public string NamespaceUri => Namespace;

    /// <inheritdoc />
    public IReadOnlyList<ObjectNode> Lines => lines;

    /// <inheritdoc />
    public IReadOnlyList<VariableNode> Variables => variables;

    /// <inheritdoc />
    public long ChangeStamp => tracker.Stamp;

    internal Lock Gate { get; } = new();

    internal ChangeTracker Tracker => tracker;

    /// <inheritdoc />
    public AddressSpaceNode? Find(string nodeId) => nodes.GetValueOrDefault(nodeId);

    /// <inheritdoc />
    public int DrainChanges(IVariableSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        lock (Gate)
        {
            return tracker.Drain(variables, sink);
        }
    }

    /// <inheritdoc />
    public OperationOutcome Write(VariableNode variable, object? value)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (variable.Writer is not { } writer)
        {
            return OperationOutcome.Refused(OperationStatus.BadNotWritable, $"{variable.NodeId} is read-only");
        }

        if (!Holds(variable.DataType, value))
        {
            return OperationOutcome.Refused(OperationStatus.BadTypeMismatch,
                $"{variable.NodeId} takes a {variable.DataType}, not {TypeName(value)}");
        }

        lock (Gate)
        {
            return writer(value!);
        }
    }

    /// <inheritdoc />
    public OperationOutcome Call(MethodNode method, IReadOnlyList<object?> inputArguments)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(inputArguments);
        var expected = method.InputArguments;
        if (inputArguments.Count < expected.Count)
        {
            return OperationOutcome.Refused(OperationStatus.BadArgumentsMissing,
                $"{method.NodeId} takes {Describe(expected)}");
        }

        if (inputArguments.Count > expected.Count)
        {
            return OperationOutcome.Refused(OperationStatus.BadTooManyArguments,
                $"{method.NodeId} takes {Describe(expected)}");
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!Holds(expected[i].DataType, inputArguments[i]))
            {
                return OperationOutcome.Refused(OperationStatus.BadTypeMismatch,
                    $"{method.NodeId}: {expected[i].Name} must be a {expected[i].DataType}, not {TypeName(inputArguments[i])}");
            }
        }

        lock (Gate)
        {
            return method.Invoke(inputArguments);
        }
    }

    internal ObjectNode AddLine(string lineId, string description)
    {
        var line = new ObjectNode(lineId, lineId, description, isFolder: true);
        lines.Add(line);
        Register(line);
        return line;
    }

    internal ObjectNode AddObject(ObjectNode parent, string browseName, string description, string? nodeId = null)
    {
        var child = new ObjectNode(nodeId ?? $"{parent.NodeId}.{browseName}", browseName, description, isFolder: false);
        parent.Add(child);
        Register(child);
        return child;
    }

    internal VariableNode AddVariable(ObjectNode parent, string browseName, VariableType dataType, string description,
        string? unit = null, Func<object, OperationOutcome>? writer = null)
    {
        var handle = variables.Count;
        tracker.Register(handle);
        var variable = new VariableNode(tracker, handle, $"{parent.NodeId}.{browseName}", browseName, description, dataType,
            unit, writer is null ? VariableAccess.Read : VariableAccess.ReadWrite)
        {
            Writer = writer,
        };
        variables.Add(variable);
        parent.Add(variable);
        Register(variable);
        return variable;
    }

    internal MethodNode AddMethod(ObjectNode parent, string browseName, string description, IReadOnlyList<MethodArgument> inputs,
        IReadOnlyList<MethodArgument> outputs, Func<IReadOnlyList<object?>, OperationOutcome> invoke)
    {
        var method = new MethodNode($"{parent.NodeId}.{browseName}", browseName, description, inputs, outputs, invoke);
        parent.Add(method);
        Register(method);
        return method;
    }

    private void Register(AddressSpaceNode node)
    {
        if (!nodes.TryAdd(node.NodeId, node))
        {
            throw new InvalidOperationException($"node id {node.NodeId} is used twice");
        }
    }

    private static bool Holds(VariableType type, object? value) => type switch
    {
        VariableType.Boolean => value is bool,
        VariableType.Int32 => value is int,
        VariableType.UInt32 => value is uint,
        VariableType.UInt64 => value is ulong,
        VariableType.Double => value is double,
        VariableType.DateTime => value is DateTime,
        _ => value is string,
    };

    private static string TypeName(object? value) => value?.GetType().Name ?? "null";

    private static string Describe(IReadOnlyList<MethodArgument> arguments) => arguments.Count == 0
        ? "no arguments"
        : string.Join(", ", arguments.Select(a => $"{a.Name} ({a.DataType})"));
}
