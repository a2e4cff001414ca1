namespace Mes.PlcSimulator.AddressSpace;

/// <summary>
/// A variable with its current value. Numeric, Boolean and DateTime values live in one 64-bit field and strings in
/// one reference, so a value is read whole from any thread and setting one allocates nothing. Each change records
/// the simulated time as <see cref="SourceTimestamp"/> and takes a new <see cref="Version"/>.
/// </summary>
public sealed class VariableNode : AddressSpaceNode
{
    private readonly ChangeTracker tracker;
    private long bits;
    private string text = string.Empty;
    private long sourceTicks;
    private long version;

    internal VariableNode(ChangeTracker tracker, int handle, string nodeId, string browseName, string description,
        VariableType dataType, string? engineeringUnit, VariableAccess access)
        : base(nodeId, browseName, description)
    {
        this.tracker = tracker;
        Handle = handle;
        DataType = dataType;
        EngineeringUnit = engineeringUnit;
        Access = access;
        sourceTicks = tracker.NowUtcTicks;
    }

    /// <summary>Index in <see cref="ILineAddressSpace.Variables"/>.</summary>
    public int Handle { get; }

    /// <summary>The data type; the value is always of this type.</summary>
    public VariableType DataType { get; }

    /// <summary>Engineering unit for an EngineeringUnits property (<c>s</c>, <c>°C</c>, <c>%</c>), or null.</summary>
    public string? EngineeringUnit { get; }

    /// <summary>Read-only or writable.</summary>
    public VariableAccess Access { get; }

    /// <summary>The <see cref="ILineAddressSpace.ChangeStamp"/> of the last change; 0 until the first.</summary>
    public long Version => Volatile.Read(ref version);

    /// <summary>Simulated time of the last change (or of the start), UTC.</summary>
    public DateTime SourceTimestamp => new(Volatile.Read(ref sourceTicks), DateTimeKind.Utc);

    /// <summary>The value of a Boolean variable.</summary>
    public bool BooleanValue => Volatile.Read(ref bits) != 0;

    /// <summary>The value of an Int32 variable.</summary>
    public int Int32Value => (int)Volatile.Read(ref bits);

    /// <summary>The value of a UInt32 variable.</summary>
    public uint UInt32Value => (uint)Volatile.Read(ref bits);

    /// <summary>The value of a UInt64 variable.</summary>
    public ulong UInt64Value => unchecked((ulong)Volatile.Read(ref bits));

    /// <summary>The value of a Double variable.</summary>
    public double DoubleValue => BitConverter.Int64BitsToDouble(Volatile.Read(ref bits));

    /// <summary>The value of a String variable (never null).</summary>
    public string StringValue => Volatile.Read(ref text);

    /// <summary>The value of a DateTime variable, UTC.</summary>
    public DateTime DateTimeValue => new(Volatile.Read(ref bits), DateTimeKind.Utc);

    /// <summary>The value boxed as its CLR type (allocates for value types: for reads, not for sampling).</summary>
    public object Value => DataType switch
    {
        VariableType.Boolean => BooleanValue,
        VariableType.Int32 => Int32Value,
        VariableType.UInt32 => UInt32Value,
        VariableType.UInt64 => UInt64Value,
        VariableType.Double => DoubleValue,
        VariableType.DateTime => DateTimeValue,
        _ => StringValue,
    };

    /// <summary>Writes through to the simulation; set for writable variables only.</summary>
    internal Func<object, OperationOutcome>? Writer { get; init; }

    internal void Set(bool value) => SetBits(value ? 1 : 0);

    internal void Set(int value) => SetBits(value);

    internal void Set(uint value) => SetBits(value);

    internal void Set(ulong value) => SetBits(unchecked((long)value));

    internal void Set(double value) => SetBits(BitConverter.DoubleToInt64Bits(value));

    internal void Set(DateTime value) => SetBits(value.Ticks);

    internal void Set(string value)
    {
        if (string.Equals(text, value, StringComparison.Ordinal))
        {
            return;
        }

        Volatile.Write(ref text, value);
        Changed();
    }

    private void SetBits(long value)
    {
        if (bits == value)
        {
            return;
        }

        Volatile.Write(ref bits, value);
        Changed();
    }

    private void Changed()
    {
        Volatile.Write(ref sourceTicks, tracker.NowUtcTicks);
        Volatile.Write(ref version, tracker.Changed(Handle));
    }
}
