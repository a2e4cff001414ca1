namespace Mes.PlcSimulator.AddressSpace;

/// <summary>
/// The simulated lines as an OPC UA server publishes them: the node tree to register once, the change feed to
/// forward, and writes and method calls to pass in. Every member is safe to call from any thread: writes, calls and
/// drains are serialized with the simulation's steps, so a drain never sees a half-done step (GoodCount, RejectCount
/// and TotalCount always agree).
/// </summary>
public interface ILineAddressSpace
{
    /// <summary>The namespace of every node id: <c>urn:zone-mes:plc-simulator</c>.</summary>
    string NamespaceUri { get; }

    /// <summary>The lines, one folder each, to organise under the server's Objects folder; machines are their objects.</summary>
    IReadOnlyList<ObjectNode> Lines { get; }

    /// <summary>Every variable; <c>Variables[v.Handle] == v</c>, so an adapter can keep per-variable state in an array.</summary>
    IReadOnlyList<VariableNode> Variables { get; }

    /// <summary>Rises with every value change; a sampler that saw the same stamp last time has nothing to look at.</summary>
    long ChangeStamp { get; }

    /// <summary>The node with this string id (object, variable or method), or null.</summary>
    AddressSpaceNode? Find(string nodeId);

    /// <summary>
    /// Hands <paramref name="sink"/> each variable whose value changed since the previous drain, once, with its
    /// latest value, and returns how many there were. Allocates nothing.
    /// </summary>
    int DrainChanges(IVariableSink sink);

    /// <summary>Writes a value (the CLR type of <see cref="VariableNode.DataType"/>) to a writable variable.</summary>
    OperationOutcome Write(VariableNode variable, object? value);

    /// <summary>Calls a method with its input arguments (CLR types of the argument data types) and returns its outputs.</summary>
    OperationOutcome Call(MethodNode method, IReadOnlyList<object?> inputArguments);
}
