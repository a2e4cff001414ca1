namespace Mes.OpcUa.Encoding;

/// <summary>
/// A value with its status and timestamps (Part 4 §7.11). An absent timestamp is <see cref="DateTime.MinValue"/>;
/// picoseconds refine a timestamp in units of 10 ps (0 … 9999).
/// </summary>
public readonly record struct DataValue
{
    /// <summary>Creates a data value with a value and optional status and timestamps.</summary>
    public DataValue(Variant value, StatusCode status = default, DateTime sourceTimestamp = default, DateTime serverTimestamp = default)
    {
        Value = value;
        Status = status;
        SourceTimestamp = sourceTimestamp;
        ServerTimestamp = serverTimestamp;
    }

    /// <summary>Creates a data value with every part (what the decoder uses, to build it in one step).</summary>
    public DataValue(Variant value, StatusCode status, DateTime sourceTimestamp, ushort sourcePicoseconds, DateTime serverTimestamp, ushort serverPicoseconds)
    {
        Value = value;
        Status = status;
        SourceTimestamp = sourceTimestamp;
        SourcePicoseconds = sourcePicoseconds;
        ServerTimestamp = serverTimestamp;
        ServerPicoseconds = serverPicoseconds;
    }

    /// <summary>The value.</summary>
    public Variant Value { get; init; }

    /// <summary>The status of the value; Good unless the source says otherwise.</summary>
    public StatusCode Status { get; init; }

    /// <summary>When the source produced the value, or <see cref="DateTime.MinValue"/>.</summary>
    public DateTime SourceTimestamp { get; init; }

    /// <summary>Sub-tick part of the source timestamp in 10 ps units.</summary>
    public ushort SourcePicoseconds { get; init; }

    /// <summary>When the server last saw the value, or <see cref="DateTime.MinValue"/>.</summary>
    public DateTime ServerTimestamp { get; init; }

    /// <summary>Sub-tick part of the server timestamp in 10 ps units.</summary>
    public ushort ServerPicoseconds { get; init; }

    /// <summary>A data value holding only a status (how a failed read is reported).</summary>
    public static DataValue FromStatus(StatusCode status) => new() { Status = status };

    /// <inheritdoc />
    public override string ToString() => Status.IsGood ? Value.ToString() : $"{Value} ({Status})";
}
