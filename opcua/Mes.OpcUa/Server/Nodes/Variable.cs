using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Server.Nodes;

/// <summary>
/// A typed handle on a <see cref="VariableNode"/> for hosts that know the .NET type of the value
/// (<c>double</c>, <c>uint</c>, <c>string</c>, <c>double[]</c>, …). Setting a numeric value does not box.
/// </summary>
/// <typeparam name="T">The .NET type of the value.</typeparam>
public sealed class Variable<T>
{
    internal Variable(VariableNode node) => Node = node;

    /// <summary>The underlying node.</summary>
    public VariableNode Node { get; }

    /// <summary>The node id.</summary>
    public NodeId NodeId => Node.NodeId;

    /// <summary>The current value; setting it stamps the source timestamp now.</summary>
    public T Value
    {
        get => Node.Value.Value.TryGet<T>(out var value) ? value : default!;
        set => Node.SetValue(Variant.From(value));
    }

    /// <summary>Sets the value with a source timestamp from the device.</summary>
    public void Set(T value, DateTime sourceTimestamp) => Node.SetValue(Variant.From(value), sourceTimestamp);

    /// <summary>Sets the value with a status (e.g. BadSensorFailure, UncertainLastUsableValue) and a source timestamp.</summary>
    public void Set(T value, StatusCode status, DateTime sourceTimestamp) => Node.SetValue(Variant.From(value), status, sourceTimestamp);
}
