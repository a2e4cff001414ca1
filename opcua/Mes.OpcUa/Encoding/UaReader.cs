using System.Buffers.Binary;
using System.Text;

namespace Mes.OpcUa.Encoding;

/// <summary>
/// Reads UA Binary from a span (typically a slice of a pooled receive buffer). Every length is checked against the
/// bytes that remain and against <see cref="EncodingLimits"/>; nesting depth is capped. Failures throw
/// <see cref="ServiceResultException"/> with BadDecodingError or BadEncodingLimitsExceeded naming what was wrong.
/// </summary>
public ref struct UaReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, false);
    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private int _depth;

    /// <summary>Creates a reader over <paramref name="data"/>.</summary>
    public UaReader(ReadOnlySpan<byte> data, EncodingLimits? limits = null)
    {
        _data = data;
        Limits = limits ?? EncodingLimits.Default;
        _position = 0;
        _depth = 0;
    }

    private UaReader(ReadOnlySpan<byte> data, EncodingLimits limits, int depth)
    {
        _data = data;
        Limits = limits;
        _position = 0;
        _depth = depth;
    }

    /// <summary>The limits in force.</summary>
    public EncodingLimits Limits { get; }

    /// <summary>Bytes read so far.</summary>
    public readonly int Position => _position;

    /// <summary>Bytes left.</summary>
    public readonly int Remaining => _data.Length - _position;

    /// <summary>Skips <paramref name="count"/> bytes.</summary>
    public void Skip(int count) => Take(count);

    /// <summary>Reads <paramref name="count"/> raw bytes as a span of the underlying buffer.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count) => Take(count);

    private ReadOnlySpan<byte> Take(int count)
    {
        if ((uint)count > (uint)(_data.Length - _position)) ThrowTruncated(count);
        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }

    private readonly void ThrowTruncated(int count) => throw Fail($"needed {count} bytes at offset {_position}, {Remaining} remain");

    private readonly ServiceResultException Fail(string message) => new(StatusCode.BadDecodingError, message);

    private static ServiceResultException TooLarge(string message) => new(StatusCode.BadEncodingLimitsExceeded, message);

    /// <summary>Reads a Boolean (any non-zero byte is true).</summary>
    public bool ReadBoolean() => Take(1)[0] != 0;

    /// <summary>Reads an SByte.</summary>
    public sbyte ReadSByte() => (sbyte)Take(1)[0];

    /// <summary>Reads a Byte.</summary>
    public byte ReadByte() => Take(1)[0];

    /// <summary>Reads an Int16.</summary>
    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

    /// <summary>Reads a UInt16.</summary>
    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    /// <summary>Reads an Int32.</summary>
    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    /// <summary>Reads a UInt32.</summary>
    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    /// <summary>Reads an Int64.</summary>
    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    /// <summary>Reads a UInt64.</summary>
    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    /// <summary>Reads a Float.</summary>
    public float ReadFloat() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    /// <summary>Reads a Double.</summary>
    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    /// <summary>Reads a DateTime.</summary>
    public DateTime ReadDateTime() => UaDateTime.FromWire(ReadInt64());

    /// <summary>Reads a StatusCode.</summary>
    public StatusCode ReadStatusCode() => new(ReadUInt32());

    /// <summary>Reads a Guid (Data1 UInt32, Data2/3 UInt16, Data4 8 bytes, all little-endian as in .NET).</summary>
    public Guid ReadGuid() => new(Take(16));

    /// <summary>Reads a String; length −1 is null.</summary>
    public string? ReadString()
    {
        var length = ReadInt32();
        if (length == -1) return null;
        if (length < -1) throw Fail($"string length {length} is negative");
        if (length > Limits.MaxStringLength) throw TooLarge($"string of {length} bytes exceeds the limit of {Limits.MaxStringLength}");
        var bytes = Take(length);
        return length == 0 ? string.Empty : StrictUtf8.GetString(bytes);
    }

    /// <summary>Reads a ByteString; length −1 is null.</summary>
    public byte[]? ReadByteString()
    {
        var length = ReadInt32();
        if (length == -1) return null;
        if (length < -1) throw Fail($"byte string length {length} is negative");
        if (length > Limits.MaxByteStringLength) throw TooLarge($"byte string of {length} bytes exceeds the limit of {Limits.MaxByteStringLength}");
        return Take(length).ToArray();
    }

    /// <summary>Reads an XmlElement.</summary>
    public XmlElement ReadXmlElement() => new(ReadString());

    /// <summary>Reads a NodeId in any of its six encodings.</summary>
    public NodeId ReadNodeId()
    {
        var encoding = ReadByte();
        if ((encoding & 0x3F) > 5) throw Fail($"node id encoding 0x{encoding:X2} is unknown");
        if ((encoding & 0xC0) != 0) throw Fail($"node id encoding 0x{encoding:X2} has expanded-node-id flags");
        return ReadNodeIdBody(encoding);
    }

    private NodeId ReadNodeIdBody(byte encoding)
    {
        switch (encoding & 0x3F)
        {
            case 0: return new NodeId(ReadByte());
            case 1:
            {
                var ns = ReadByte();
                return new NodeId(ReadUInt16(), ns);
            }
            case 2:
            {
                var ns = ReadUInt16();
                return new NodeId(ReadUInt32(), ns);
            }
            case 3:
            {
                var ns = ReadUInt16();
                return new NodeId(ReadString() ?? string.Empty, ns);
            }
            case 4:
            {
                var ns = ReadUInt16();
                return new NodeId(ReadGuid(), ns);
            }
            case 5:
            {
                var ns = ReadUInt16();
                return new NodeId(ReadByteString() ?? [], ns);
            }
            default:
                throw Fail($"node id encoding 0x{encoding:X2} is unknown");
        }
    }

    /// <summary>Reads an ExpandedNodeId (flags 0x80 namespace URI, 0x40 server index).</summary>
    public ExpandedNodeId ReadExpandedNodeId()
    {
        var encoding = ReadByte();
        if ((encoding & 0x3F) > 5) throw Fail($"expanded node id encoding 0x{encoding:X2} is unknown");
        var nodeId = ReadNodeIdBody(encoding);
        var uri = (encoding & 0x80) != 0 ? ReadString() : null;
        var server = (encoding & 0x40) != 0 ? ReadUInt32() : 0u;
        return new ExpandedNodeId(nodeId, uri, server);
    }

    /// <summary>Reads a QualifiedName.</summary>
    public QualifiedName ReadQualifiedName()
    {
        var ns = ReadUInt16();
        return new QualifiedName(ns, ReadString());
    }

    /// <summary>Reads a LocalizedText.</summary>
    public LocalizedText ReadLocalizedText()
    {
        var mask = ReadByte();
        var locale = (mask & 0x01) != 0 ? ReadString() : null;
        var text = (mask & 0x02) != 0 ? ReadString() : null;
        return new LocalizedText(locale, text);
    }

    private void Enter(string what)
    {
        if (++_depth > Limits.MaxNestingDepth)
            throw TooLarge($"{what} nested deeper than {Limits.MaxNestingDepth} levels");
    }

    private void Leave() => _depth--;

    /// <summary>
    /// Reads an ExtensionObject. A binary body of a type this stack knows is decoded (bounded to the body's length);
    /// any other body is kept as bytes.
    /// </summary>
    public ExtensionObject ReadExtensionObject()
    {
        Enter("ExtensionObject");
        var typeId = ReadExpandedNodeId();
        var encoding = ReadByte();
        ExtensionObject result;
        switch (encoding)
        {
            case 0:
                result = default;
                break;
            case 1:
            {
                var length = ReadInt32();
                if (length < 0) throw Fail($"extension object body length {length} is negative");
                if (length > Limits.MaxByteStringLength) throw TooLarge($"extension object body of {length} bytes exceeds the limit");
                var body = Take(length);
                if (typeId.IsLocal && EncodeableTypes.TryGetDecoder(typeId.NodeId, out var decoder))
                {
                    var inner = new UaReader(body, Limits, _depth);
                    result = new ExtensionObject(decoder(ref inner));
                }
                else
                {
                    result = new ExtensionObject(typeId, body.ToArray());
                }
                break;
            }
            case 2:
                result = new ExtensionObject(typeId, ReadXmlElement());
                break;
            default:
                throw Fail($"extension object encoding {encoding} is unknown");
        }
        Leave();
        return result;
    }

    /// <summary>
    /// Reads a DataValue (mask 0x01 value, 0x02 status, 0x04/0x10 source time and picoseconds, 0x08/0x20 server).
    /// It needs no depth check of its own: it can only nest through a Variant array, which is checked.
    /// </summary>
    public DataValue ReadDataValue()
    {
        var mask = ReadByte();
        return ReadDataValueParts(mask, (mask & 0x01) != 0 ? ReadVariant() : default);
    }

    private DataValue ReadDataValueParts(byte mask, in Variant value)
    {
        var status = (mask & 0x02) != 0 ? new StatusCode(ReadUInt32()) : default;
        var sourceTime = (mask & 0x04) != 0 ? ReadDateTime() : default;
        var sourcePico = (mask & 0x10) != 0 ? ReadUInt16() : (ushort)0;
        var serverTime = (mask & 0x08) != 0 ? ReadDateTime() : default;
        var serverPico = (mask & 0x20) != 0 ? ReadUInt16() : (ushort)0;
        return new DataValue(value, status, sourceTime, sourcePico, serverTime, serverPico);
    }

    /// <summary>Reads a DiagnosticInfo; the encoded field order is SymbolicId, NamespaceUri, Locale, LocalizedText, AdditionalInfo, InnerStatusCode, Inner.</summary>
    public DiagnosticInfo? ReadDiagnosticInfo()
    {
        Enter("DiagnosticInfo");
        var mask = ReadByte();
        if (mask == 0)
        {
            Leave();
            return null;
        }
        var info = new DiagnosticInfo
        {
            SymbolicId = (mask & 0x01) != 0 ? ReadInt32() : null,
            NamespaceUri = (mask & 0x02) != 0 ? ReadInt32() : null,
            Locale = (mask & 0x08) != 0 ? ReadInt32() : null,
            LocalizedText = (mask & 0x04) != 0 ? ReadInt32() : null,
            AdditionalInfo = (mask & 0x10) != 0 ? ReadString() : null,
            InnerStatusCode = (mask & 0x20) != 0 ? ReadStatusCode() : null,
            InnerDiagnosticInfo = (mask & 0x40) != 0 ? ReadDiagnosticInfo() : null,
        };
        Leave();
        return info;
    }

    /// <summary>Reads a Variant: scalar, array, or matrix (array with dimensions whose product is the length).</summary>
    public Variant ReadVariant()
    {
        var mask = ReadByte();
        switch ((BuiltInType)mask)
        {
            case BuiltInType.Null: return default;
            case BuiltInType.Boolean: return new Variant(ReadBoolean());
            case BuiltInType.SByte: return new Variant(ReadSByte());
            case BuiltInType.Byte: return new Variant(ReadByte());
            case BuiltInType.Int16: return new Variant(ReadInt16());
            case BuiltInType.UInt16: return new Variant(ReadUInt16());
            case BuiltInType.Int32: return new Variant(ReadInt32());
            case BuiltInType.UInt32: return new Variant(ReadUInt32());
            case BuiltInType.Int64: return new Variant(ReadInt64());
            case BuiltInType.UInt64: return new Variant(ReadUInt64());
            case BuiltInType.Float: return new Variant(ReadFloat());
            case BuiltInType.Double: return new Variant(ReadDouble());
            case BuiltInType.DateTime: return new Variant(ReadDateTime());
            case BuiltInType.StatusCode: return new Variant(new StatusCode(ReadUInt32()));
            default: return ReadComplexVariant(mask);
        }
    }

    private Variant ReadComplexVariant(byte mask)
    {
        Enter("Variant");
        var typeId = mask & 0x3F;
        if (typeId > (int)BuiltInType.DiagnosticInfo) throw Fail($"variant type id {typeId} is not a built-in type");
        var type = (BuiltInType)typeId;
        Variant result;
        if ((mask & 0x80) == 0)
        {
            if ((mask & 0x40) != 0) throw Fail("variant has array dimensions but no array");
            if (type == BuiltInType.Variant) throw Fail("a variant cannot directly contain a variant");
            result = ReadScalar(type);
        }
        else
        {
            var length = ReadArrayLength(MinimumSize(type), "variant array");
            var array = length < 0 ? null : ReadArrayOf(type, length);
            int[]? dimensions = null;
            if ((mask & 0x40) != 0)
            {
                dimensions = ReadArray(static (ref UaReader r) => r.ReadInt32(), 4, "array dimensions") ?? [];
                long product = 1;
                foreach (var d in dimensions)
                {
                    if (d < 0) throw Fail($"array dimension {d} is negative");
                    product *= d;
                    if (product > int.MaxValue) throw Fail("array dimensions overflow");
                }
                if (product != Math.Max(length, 0)) throw Fail($"array dimensions multiply to {product} but the array has {length} elements");
                if (dimensions.Length < 2) dimensions = null;
            }
            result = array is null ? Variant.Null : Variant.FromArray(array, dimensions);
        }
        Leave();
        return result;
    }

    private static int MinimumSize(BuiltInType type) => type switch
    {
        BuiltInType.Int16 or BuiltInType.UInt16 => 2,
        BuiltInType.Int32 or BuiltInType.UInt32 or BuiltInType.Float or BuiltInType.StatusCode or BuiltInType.String
            or BuiltInType.ByteString or BuiltInType.XmlElement => 4,
        BuiltInType.Int64 or BuiltInType.UInt64 or BuiltInType.Double or BuiltInType.DateTime => 8,
        BuiltInType.Guid => 16,
        BuiltInType.QualifiedName => 6,
        _ => 1,
    };

    private Variant ReadScalar(BuiltInType type) => type switch
    {
        BuiltInType.Null => Variant.Null,
        BuiltInType.Boolean => new Variant(ReadBoolean()),
        BuiltInType.SByte => new Variant(ReadSByte()),
        BuiltInType.Byte => new Variant(ReadByte()),
        BuiltInType.Int16 => new Variant(ReadInt16()),
        BuiltInType.UInt16 => new Variant(ReadUInt16()),
        BuiltInType.Int32 => new Variant(ReadInt32()),
        BuiltInType.UInt32 => new Variant(ReadUInt32()),
        BuiltInType.Int64 => new Variant(ReadInt64()),
        BuiltInType.UInt64 => new Variant(ReadUInt64()),
        BuiltInType.Float => new Variant(ReadFloat()),
        BuiltInType.Double => new Variant(ReadDouble()),
        BuiltInType.String => new Variant(ReadString()),
        BuiltInType.DateTime => new Variant(ReadDateTime()),
        BuiltInType.Guid => new Variant(ReadGuid()),
        BuiltInType.ByteString => new Variant(ReadByteString()),
        BuiltInType.XmlElement => new Variant(ReadXmlElement()),
        BuiltInType.NodeId => new Variant(ReadNodeId()),
        BuiltInType.ExpandedNodeId => new Variant(ReadExpandedNodeId()),
        BuiltInType.StatusCode => new Variant(ReadStatusCode()),
        BuiltInType.QualifiedName => new Variant(ReadQualifiedName()),
        BuiltInType.LocalizedText => new Variant(ReadLocalizedText()),
        BuiltInType.ExtensionObject => new Variant(ReadExtensionObject()),
        BuiltInType.DataValue => new Variant(ReadDataValue()),
        _ => new Variant(ReadDiagnosticInfo()),
    };

    private Array ReadArrayOf(BuiltInType type, int length) => type switch
    {
        BuiltInType.Boolean => ReadElements(length, static (ref UaReader r) => r.ReadBoolean()),
        BuiltInType.SByte => ReadElements(length, static (ref UaReader r) => r.ReadSByte()),
        BuiltInType.Byte => Take(length).ToArray(),
        BuiltInType.Int16 => ReadElements(length, static (ref UaReader r) => r.ReadInt16()),
        BuiltInType.UInt16 => ReadElements(length, static (ref UaReader r) => r.ReadUInt16()),
        BuiltInType.Int32 => ReadElements(length, static (ref UaReader r) => r.ReadInt32()),
        BuiltInType.UInt32 => ReadElements(length, static (ref UaReader r) => r.ReadUInt32()),
        BuiltInType.Int64 => ReadElements(length, static (ref UaReader r) => r.ReadInt64()),
        BuiltInType.UInt64 => ReadElements(length, static (ref UaReader r) => r.ReadUInt64()),
        BuiltInType.Float => ReadElements(length, static (ref UaReader r) => r.ReadFloat()),
        BuiltInType.Double => ReadElements(length, static (ref UaReader r) => r.ReadDouble()),
        BuiltInType.String => ReadElements(length, static (ref UaReader r) => r.ReadString()),
        BuiltInType.DateTime => ReadElements(length, static (ref UaReader r) => r.ReadDateTime()),
        BuiltInType.Guid => ReadElements(length, static (ref UaReader r) => r.ReadGuid()),
        BuiltInType.ByteString => ReadElements(length, static (ref UaReader r) => r.ReadByteString()),
        BuiltInType.XmlElement => ReadElements(length, static (ref UaReader r) => r.ReadXmlElement()),
        BuiltInType.NodeId => ReadElements(length, static (ref UaReader r) => r.ReadNodeId()),
        BuiltInType.ExpandedNodeId => ReadElements(length, static (ref UaReader r) => r.ReadExpandedNodeId()),
        BuiltInType.StatusCode => ReadElements(length, static (ref UaReader r) => r.ReadStatusCode()),
        BuiltInType.QualifiedName => ReadElements(length, static (ref UaReader r) => r.ReadQualifiedName()),
        BuiltInType.LocalizedText => ReadElements(length, static (ref UaReader r) => r.ReadLocalizedText()),
        BuiltInType.ExtensionObject => ReadElements(length, static (ref UaReader r) => r.ReadExtensionObject()),
        BuiltInType.DataValue => ReadElements(length, static (ref UaReader r) => r.ReadDataValue()),
        BuiltInType.Variant => ReadElements(length, static (ref UaReader r) => r.ReadVariant()),
        BuiltInType.DiagnosticInfo => ReadElements(length, static (ref UaReader r) => r.ReadDiagnosticInfo()),
        _ => throw Fail("an array of Null is not allowed"),
    };

    private T[] ReadElements<T>(int length, ElementDecoder<T> decoder)
    {
        var items = new T[length];
        for (var i = 0; i < items.Length; i++) items[i] = decoder(ref this);
        return items;
    }

    /// <summary>
    /// Reads an array length and checks it: −1 means null, other negatives are refused, and the length must fit both
    /// <see cref="EncodingLimits.MaxArrayLength"/> and the remaining bytes at <paramref name="minimumElementSize"/> each.
    /// </summary>
    public int ReadArrayLength(int minimumElementSize, string what)
    {
        var length = ReadInt32();
        if (length == -1) return -1;
        if (length < -1) throw Fail($"{what} length {length} is negative");
        if (length > Limits.MaxArrayLength) throw TooLarge($"{what} of {length} elements exceeds the limit of {Limits.MaxArrayLength}");
        if ((long)length * minimumElementSize > Remaining)
            throw Fail($"{what} of {length} elements needs at least {(long)length * minimumElementSize} bytes, {Remaining} remain");
        return length;
    }

    /// <summary>Reads an array (Int32 length, −1 = null) whose elements take at least <paramref name="minimumElementSize"/> bytes.</summary>
    public T[]? ReadArray<T>(ElementDecoder<T> decoder, int minimumElementSize, string what)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        var length = ReadArrayLength(minimumElementSize, what);
        return length < 0 ? null : ReadElements(length, decoder);
    }
}
