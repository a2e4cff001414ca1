using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

/// <summary>Describes one input or output argument of a method.</summary>
public sealed class Argument : IEncodeable
{
    /// <summary>The id of the Default Binary encoding.</summary>
    public static readonly NodeId EncodingId = new(298u);

    /// <inheritdoc />
    public NodeId BinaryEncodingId => EncodingId;

    /// <summary>The argument name.</summary>
    public string? Name { get; set; }

    /// <summary>The data type node id.</summary>
    public NodeId DataType { get; set; }

    /// <summary>-1 scalar, 1 one-dimensional array, 0 or more dimensions, -2 any, -3 scalar or 1-D.</summary>
    public int ValueRank { get; set; }

    /// <summary>The array dimensions, if fixed.</summary>
    public uint[]? ArrayDimensions { get; set; }

    /// <summary>What the argument means.</summary>
    public LocalizedText Description { get; set; }

    /// <summary>Writes the fields in UA Binary.</summary>
    public void Encode(UaWriter w)
    {
        w.WriteString(Name);
        w.WriteNodeId(DataType);
        w.WriteInt32(ValueRank);
        w.WriteArray<uint>(ArrayDimensions, static (x, v) => x.WriteUInt32(v));
        w.WriteLocalizedText(Description);
    }

    /// <summary>Reads the fields from UA Binary.</summary>
    public static Argument Decode(ref UaReader r) => new()
    {
        Name = r.ReadString(),
        DataType = r.ReadNodeId(),
        ValueRank = r.ReadInt32(),
        ArrayDimensions = r.ReadArray(static (ref UaReader x) => x.ReadUInt32(), 4, "Argument.ArrayDimensions"),
        Description = r.ReadLocalizedText(),
    };
}
