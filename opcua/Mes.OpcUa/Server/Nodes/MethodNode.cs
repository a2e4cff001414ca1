using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Nodes;

/// <summary>A method with declared input and output arguments and the delegate that runs it.</summary>
public sealed class MethodNode : Node
{
    internal MethodNode(NodeId nodeId, QualifiedName browseName, LocalizedText displayName, IReadOnlyList<Argument> inputs,
        IReadOnlyList<Argument> outputs, MethodHandler handler) : base(nodeId, browseName, displayName)
    {
        InputArguments = inputs;
        OutputArguments = outputs;
        Handler = handler;
    }

    /// <inheritdoc />
    public override NodeClass NodeClass => NodeClass.Method;

    /// <summary>The declared input arguments.</summary>
    public IReadOnlyList<Argument> InputArguments { get; }

    /// <summary>The declared output arguments.</summary>
    public IReadOnlyList<Argument> OutputArguments { get; }

    /// <summary>The delegate that runs the method.</summary>
    public MethodHandler Handler { get; }

    /// <summary>Whether clients may call it.</summary>
    public bool Executable { get; init; } = true;
}
