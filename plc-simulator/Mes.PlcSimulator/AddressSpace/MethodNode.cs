namespace Mes.PlcSimulator.AddressSpace;

/// <summary>
/// A method of a machine (<c>smt-01-printer.Start</c>). Call it through <see cref="ILineAddressSpace.Call"/>; the
/// object it belongs to is the machine whose node id is the part before the last dot.
/// </summary>
public sealed class MethodNode : AddressSpaceNode
{
    internal MethodNode(string nodeId, string browseName, string description,
        IReadOnlyList<MethodArgument> inputArguments, IReadOnlyList<MethodArgument> outputArguments,
        Func<IReadOnlyList<object?>, OperationOutcome> invoke)
        : base(nodeId, browseName, description)
    {
        InputArguments = inputArguments;
        OutputArguments = outputArguments;
        Invoke = invoke;
    }

    /// <summary>The arguments the method takes, in order.</summary>
    public IReadOnlyList<MethodArgument> InputArguments { get; }

    /// <summary>The arguments the method returns, in order.</summary>
    public IReadOnlyList<MethodArgument> OutputArguments { get; }

    /// <summary>Runs the command with arguments already checked against <see cref="InputArguments"/>.</summary>
    internal Func<IReadOnlyList<object?>, OperationOutcome> Invoke { get; }
}
