using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Nodes;

/// <summary>
/// A variable: a typed value with access levels. <see cref="SetValue(Variant, DateTime)"/> is the hot path of a
/// simulator or gateway host: it copies a struct under a short lock and bumps a version that the sampler compares,
/// so updating a numeric value allocates nothing.
/// </summary>
public sealed class VariableNode : Node
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private DataValue _value;
    private int _version;

    internal VariableNode(NodeId nodeId, QualifiedName browseName, LocalizedText displayName, NodeId dataType, int valueRank,
        AccessLevel accessLevel, TimeProvider clock) : base(nodeId, browseName, displayName)
    {
        DataType = dataType;
        ValueRank = valueRank;
        AccessLevel = accessLevel;
        _clock = clock;
    }

    /// <inheritdoc />
    public override NodeClass NodeClass => NodeClass.Variable;

    /// <summary>The data type node id (i=1 … i=25 for built-in types, i=24 BaseDataType for any).</summary>
    public NodeId DataType { get; }

    /// <summary>−1 scalar, 1 one-dimensional array, 2+ matrix, −2 any, −3 scalar or one-dimensional.</summary>
    public int ValueRank { get; }

    /// <summary>Fixed array dimensions, if any.</summary>
    public uint[]? ArrayDimensions { get; init; }

    /// <summary>What clients may do with the value.</summary>
    public AccessLevel AccessLevel { get; }

    /// <summary>The fastest rate at which the server samples the value, in milliseconds (0 = as fast as asked).</summary>
    public double MinimumSamplingInterval { get; init; }

    /// <summary>
    /// When set, computes the value on every read and sample (for values such as the current time); the stored value
    /// is then ignored.
    /// </summary>
    public Func<Variant>? ValueSource { get; init; }

    /// <summary>
    /// Called before a client's write is applied, with the value already type-checked; return a bad status to refuse it.
    /// </summary>
    public Func<Variant, StatusCode>? WriteHandler { get; set; }

    /// <summary>The current value with its status and timestamps.</summary>
    public DataValue Value
    {
        get
        {
            if (ValueSource is { } source)
            {
                var now = _clock.GetUtcNow().UtcDateTime;
                return new DataValue(source(), StatusCode.Good, now, now);
            }
            lock (_gate) return _value;
        }
    }

    /// <summary>Increments on every update; the sampler compares it to skip unchanged variables cheaply.</summary>
    internal int Version => Volatile.Read(ref _version);

    /// <summary>Sets the value with the source timestamp now.</summary>
    public void SetValue(Variant value) => SetValue(value, StatusCode.Good, _clock.GetUtcNow().UtcDateTime);

    /// <summary>Sets the value with a source timestamp.</summary>
    public void SetValue(Variant value, DateTime sourceTimestamp) => SetValue(value, StatusCode.Good, sourceTimestamp);

    /// <summary>Sets the value, its status and its source timestamp; the server timestamp is now.</summary>
    public void SetValue(Variant value, StatusCode status, DateTime sourceTimestamp)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            _value = new DataValue(value, status, sourceTimestamp, now);
            _version++;
        }
    }

    /// <summary>Checks a value against the declared data type and value rank; returns Good or BadTypeMismatch.</summary>
    public StatusCode Accepts(Variant value)
    {
        if (value.IsNull) return StatusCode.Good;
        var rankOk = ValueRank switch
        {
            -1 => !value.IsArray,
            -2 => true,
            -3 => !value.IsArray || value.ArrayDimensions is null,
            0 => value.IsArray,
            1 => value.IsArray && value.ArrayDimensions is null,
            _ => value.IsArray && value.ArrayDimensions?.Length == ValueRank,
        };
        if (!rankOk) return StatusCode.BadTypeMismatch;
        if (DataType == WellKnownNodes.BaseDataType) return StatusCode.Good;
        var expected = BuiltInTypes.FromDataTypeId(DataType);
        if (expected is null) return value.Type == BuiltInType.ExtensionObject || value.Type == BuiltInType.Int32 ? StatusCode.Good : StatusCode.BadTypeMismatch;
        if (expected == BuiltInType.Variant) return StatusCode.Good;
        return expected == value.Type ? StatusCode.Good : StatusCode.BadTypeMismatch;
    }
}
