using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Server.Nodes;

/// <summary>Fluent set-up of a variable node being built.</summary>
internal static class VariableNodeSetup
{
    public static VariableNode WithValue(this VariableNode node, Variant value)
    {
        node.SetValue(value);
        return node;
    }
}
