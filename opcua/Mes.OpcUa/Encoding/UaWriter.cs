using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Mes.OpcUa.Encoding;

/// <summary>
/// Writes UA Binary into a growable buffer rented from the shared array pool. Reuse one writer per connection
/// (<see cref="Reset"/>) so that steady-state encoding allocates nothing; dispose it to return the buffer.
/// </summary>
public sealed class UaWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private byte[] _buffer;
    private int _position;

    /// <summary>Creates a writer with an initial capacity.</summary>
    public UaWriter(int initialCapacity = 4096) => _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 64));

    /// <summary>Bytes written so far.</summary>
    public int Length => _position;

    /// <summary>The bytes written so far; valid until the next write or <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _position);

    /// <summary>The bytes written so far as memory; valid until the next write or <see cref="Reset"/>.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _position);

    /// <summary>Forgets what was written, keeping the buffer.</summary>
    public void Reset() => _position = 0;

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _position = 0;
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Reserves <paramref name="count"/> bytes and returns them for the caller to fill.</summary>
    public Span<byte> GetSpan(int count)
    {
        Ensure(count);
        var span = _buffer.AsSpan(_position, count);
        _position += count;
        return span;
    }

    /// <summary>A writable view of bytes already written, for headers filled in once the length is known.</summary>
    internal Span<byte> WrittenRange(int offset, int count) => _buffer.AsSpan(0, _position).Slice(offset, count);

    /// <summary>Overwrites an Int32 written earlier at <paramref name="offset"/> (used for length prefixes known only afterwards).</summary>
    public void PatchInt32(int offset, int value) => BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(offset, 4), value);

    private void Ensure(int count)
    {
        if (_buffer.Length - _position >= count) return;
        var required = (long)_position + count;
        if (required > Array.MaxLength) throw new ServiceResultException(StatusCode.BadEncodingLimitsExceeded, "message exceeds the largest buffer");
        var next = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(required, _buffer.Length * 2L), Array.MaxLength));
        _buffer.AsSpan(0, _position).CopyTo(next);
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = next;
    }

    /// <summary>Writes raw bytes.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(GetSpan(bytes.Length));

    /// <summary>Writes a Boolean.</summary>
    public void WriteBoolean(bool value) => GetSpan(1)[0] = value ? (byte)1 : (byte)0;

    /// <summary>Writes an SByte.</summary>
    public void WriteSByte(sbyte value) => GetSpan(1)[0] = (byte)value;

    /// <summary>Writes a Byte.</summary>
    public void WriteByte(byte value) => GetSpan(1)[0] = value;

    /// <summary>Writes an Int16.</summary>
    public void WriteInt16(short value) => BinaryPrimitives.WriteInt16LittleEndian(GetSpan(2), value);

    /// <summary>Writes a UInt16.</summary>
    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(GetSpan(2), value);

    /// <summary>Writes an Int32.</summary>
    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(GetSpan(4), value);

    /// <summary>Writes a UInt32.</summary>
    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(GetSpan(4), value);

    /// <summary>Writes an Int64.</summary>
    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64LittleEndian(GetSpan(8), value);

    /// <summary>Writes a UInt64.</summary>
    public void WriteUInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(GetSpan(8), value);

    /// <summary>Writes a Float.</summary>
    public void WriteFloat(float value) => BinaryPrimitives.WriteSingleLittleEndian(GetSpan(4), value);

    /// <summary>Writes a Double.</summary>
    public void WriteDouble(double value) => BinaryPrimitives.WriteDoubleLittleEndian(GetSpan(8), value);

    /// <summary>Writes a DateTime.</summary>
    public void WriteDateTime(DateTime value) => WriteInt64(UaDateTime.ToWire(value));

    /// <summary>Writes a StatusCode.</summary>
    public void WriteStatusCode(StatusCode value) => WriteUInt32(value.Code);

    /// <summary>Writes a Guid.</summary>
    public void WriteGuid(Guid value)
    {
        if (!value.TryWriteBytes(GetSpan(16))) throw new InvalidOperationException("A Guid takes 16 bytes.");
    }

    /// <summary>Writes a String (null as length −1).</summary>
    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteInt32(-1);
            return;
        }
        var count = Utf8.GetByteCount(value);
        WriteInt32(count);
        Utf8.GetBytes(value, GetSpan(count));
    }

    /// <summary>Writes a ByteString (null as length −1).</summary>
    public void WriteByteString(byte[]? value)
    {
        if (value is null)
        {
            WriteInt32(-1);
            return;
        }
        WriteByteString(value.AsSpan());
    }

    /// <summary>Writes a non-null ByteString from a span.</summary>
    public void WriteByteString(ReadOnlySpan<byte> value)
    {
        WriteInt32(value.Length);
        WriteBytes(value);
    }

    /// <summary>Writes an XmlElement.</summary>
    public void WriteXmlElement(XmlElement value) => WriteString(value.Xml);

    /// <summary>Writes a NodeId in its most compact form.</summary>
    public void WriteNodeId(NodeId value) => WriteNodeId(value, 0);

    private void WriteNodeId(NodeId value, byte flags)
    {
        switch (value.IdType)
        {
            case NodeIdType.Numeric when value.NamespaceIndex == 0 && value.Numeric <= byte.MaxValue:
                WriteByte(flags);
                WriteByte((byte)value.Numeric);
                break;
            case NodeIdType.Numeric when value.NamespaceIndex <= byte.MaxValue && value.Numeric <= ushort.MaxValue:
                WriteByte((byte)(0x01 | flags));
                WriteByte((byte)value.NamespaceIndex);
                WriteUInt16((ushort)value.Numeric);
                break;
            case NodeIdType.Numeric:
                WriteByte((byte)(0x02 | flags));
                WriteUInt16(value.NamespaceIndex);
                WriteUInt32(value.Numeric);
                break;
            case NodeIdType.String:
                WriteByte((byte)(0x03 | flags));
                WriteUInt16(value.NamespaceIndex);
                WriteString(value.StringId);
                break;
            case NodeIdType.Guid:
                WriteByte((byte)(0x04 | flags));
                WriteUInt16(value.NamespaceIndex);
                WriteGuid(value.GuidId);
                break;
            default:
                WriteByte((byte)(0x05 | flags));
                WriteUInt16(value.NamespaceIndex);
                WriteByteString(value.OpaqueId);
                break;
        }
    }

    /// <summary>Writes an ExpandedNodeId.</summary>
    public void WriteExpandedNodeId(ExpandedNodeId value)
    {
        byte flags = 0;
        if (value.NamespaceUri is not null) flags |= 0x80;
        if (value.ServerIndex != 0) flags |= 0x40;
        WriteNodeId(value.NodeId, flags);
        if (value.NamespaceUri is not null) WriteString(value.NamespaceUri);
        if (value.ServerIndex != 0) WriteUInt32(value.ServerIndex);
    }

    /// <summary>Writes a QualifiedName.</summary>
    public void WriteQualifiedName(QualifiedName value)
    {
        WriteUInt16(value.NamespaceIndex);
        WriteString(value.Name);
    }

    /// <summary>Writes a LocalizedText.</summary>
    public void WriteLocalizedText(LocalizedText value)
    {
        byte mask = 0;
        if (value.Locale is not null) mask |= 0x01;
        if (value.Text is not null) mask |= 0x02;
        WriteByte(mask);
        if (value.Locale is not null) WriteString(value.Locale);
        if (value.Text is not null) WriteString(value.Text);
    }

    /// <summary>Writes an ExtensionObject; a structured body is encoded in place with its length patched afterwards.</summary>
    public void WriteExtensionObject(ExtensionObject value)
    {
        WriteExpandedNodeId(value.TypeId);
        switch (value.Body)
        {
            case null:
                WriteByte(0);
                break;
            case IEncodeable encodeable:
                WriteByte(1);
                var lengthAt = _position;
                WriteInt32(0);
                encodeable.Encode(this);
                PatchInt32(lengthAt, _position - lengthAt - 4);
                break;
            case byte[] raw:
                WriteByte(1);
                WriteByteString(raw);
                break;
            case XmlElement xml:
                WriteByte(2);
                WriteXmlElement(xml);
                break;
            default:
                throw new ServiceResultException(StatusCode.BadEncodingError, $"extension object body {value.Body.GetType().Name} cannot be encoded");
        }
    }

    /// <summary>Writes a DataValue, setting mask bits only for the parts present.</summary>
    public void WriteDataValue(DataValue value)
    {
        byte mask = 0;
        if (!value.Value.IsNull) mask |= 0x01;
        if (value.Status.Code != 0) mask |= 0x02;
        if (value.SourceTimestamp != DateTime.MinValue) mask |= 0x04;
        if (value.ServerTimestamp != DateTime.MinValue) mask |= 0x08;
        if (value.SourcePicoseconds != 0) mask |= 0x10;
        if (value.ServerPicoseconds != 0) mask |= 0x20;
        WriteByte(mask);
        if ((mask & 0x01) != 0) WriteVariant(value.Value);
        if ((mask & 0x02) != 0) WriteStatusCode(value.Status);
        if ((mask & 0x04) != 0) WriteDateTime(value.SourceTimestamp);
        if ((mask & 0x10) != 0) WriteUInt16(value.SourcePicoseconds);
        if ((mask & 0x08) != 0) WriteDateTime(value.ServerTimestamp);
        if ((mask & 0x20) != 0) WriteUInt16(value.ServerPicoseconds);
    }

    /// <summary>Writes a DiagnosticInfo (null as mask 0).</summary>
    public void WriteDiagnosticInfo(DiagnosticInfo? value)
    {
        if (value is null)
        {
            WriteByte(0);
            return;
        }
        byte mask = 0;
        if (value.SymbolicId is not null) mask |= 0x01;
        if (value.NamespaceUri is not null) mask |= 0x02;
        if (value.LocalizedText is not null) mask |= 0x04;
        if (value.Locale is not null) mask |= 0x08;
        if (value.AdditionalInfo is not null) mask |= 0x10;
        if (value.InnerStatusCode is not null) mask |= 0x20;
        if (value.InnerDiagnosticInfo is not null) mask |= 0x40;
        WriteByte(mask);
        if (value.SymbolicId is { } symbolicId) WriteInt32(symbolicId);
        if (value.NamespaceUri is { } namespaceUri) WriteInt32(namespaceUri);
        if (value.Locale is { } locale) WriteInt32(locale);
        if (value.LocalizedText is { } text) WriteInt32(text);
        if (value.AdditionalInfo is not null) WriteString(value.AdditionalInfo);
        if (value.InnerStatusCode is { } inner) WriteStatusCode(inner);
        if (value.InnerDiagnosticInfo is not null) WriteDiagnosticInfo(value.InnerDiagnosticInfo);
    }

    /// <summary>Writes a Variant: type mask, then the scalar, or the array and, for a matrix, its dimensions.</summary>
    public void WriteVariant(Variant value)
    {
        var type = value.Type;
        if (!value.IsArray)
        {
            WriteByte((byte)type);
            WriteScalar(value);
            return;
        }
        var mask = (byte)((byte)type | 0x80);
        if (value.ArrayDimensions is not null) mask |= 0x40;
        WriteByte(mask);
        WriteArrayOf(type, (Array)value.Reference!);
        if (value.ArrayDimensions is { } dims)
        {
            WriteInt32(dims.Length);
            foreach (var d in dims) WriteInt32(d);
        }
    }

    private void WriteScalar(Variant value)
    {
        var bits = value.Bits;
        switch (value.Type)
        {
            case BuiltInType.Null: break;
            case BuiltInType.Boolean: WriteBoolean(bits != 0); break;
            case BuiltInType.SByte: WriteSByte((sbyte)bits); break;
            case BuiltInType.Byte: WriteByte((byte)bits); break;
            case BuiltInType.Int16: WriteInt16((short)bits); break;
            case BuiltInType.UInt16: WriteUInt16((ushort)bits); break;
            case BuiltInType.Int32: WriteInt32((int)bits); break;
            case BuiltInType.UInt32: WriteUInt32((uint)bits); break;
            case BuiltInType.Int64: WriteInt64((long)bits); break;
            case BuiltInType.UInt64: WriteUInt64(bits); break;
            case BuiltInType.Float: WriteUInt32((uint)bits); break;
            case BuiltInType.Double: WriteUInt64(bits); break;
            case BuiltInType.DateTime: WriteDateTime(new DateTime((long)bits, DateTimeKind.Utc)); break;
            case BuiltInType.StatusCode: WriteUInt32((uint)bits); break;
            default: WriteReferenceScalar(value.Reference); break;
        }
    }

    private void WriteReferenceScalar(object? value)
    {
        switch (value)
        {
            case string s: WriteString(s); break;
            case Guid g: WriteGuid(g); break;
            case byte[] b: WriteByteString(b); break;
            case XmlElement x: WriteXmlElement(x); break;
            case NodeId n: WriteNodeId(n); break;
            case ExpandedNodeId e: WriteExpandedNodeId(e); break;
            case QualifiedName q: WriteQualifiedName(q); break;
            case LocalizedText l: WriteLocalizedText(l); break;
            case ExtensionObject o: WriteExtensionObject(o); break;
            case DataValue d: WriteDataValue(d); break;
            case DiagnosticInfo i: WriteDiagnosticInfo(i); break;
            default: throw new ServiceResultException(StatusCode.BadEncodingError, $"{value?.GetType().Name} cannot be encoded in a variant");
        }
    }

    private void WriteArrayOf(BuiltInType type, Array array)
    {
        switch (array)
        {
            case bool[] a: WriteArray(a, static (w, v) => w.WriteBoolean(v)); break;
            case sbyte[] a: WriteArray(a, static (w, v) => w.WriteSByte(v)); break;
            case byte[] a when type == BuiltInType.Byte: WriteByteString(a); break;
            case short[] a: WriteArray(a, static (w, v) => w.WriteInt16(v)); break;
            case ushort[] a: WriteArray(a, static (w, v) => w.WriteUInt16(v)); break;
            case int[] a: WriteArray(a, static (w, v) => w.WriteInt32(v)); break;
            case uint[] a: WriteArray(a, static (w, v) => w.WriteUInt32(v)); break;
            case long[] a: WriteArray(a, static (w, v) => w.WriteInt64(v)); break;
            case ulong[] a: WriteArray(a, static (w, v) => w.WriteUInt64(v)); break;
            case float[] a: WriteArray(a, static (w, v) => w.WriteFloat(v)); break;
            case double[] a: WriteDoubles(a); break;
            case string[] a: WriteArray<string?>(a, static (w, v) => w.WriteString(v)); break;
            case DateTime[] a: WriteArray(a, static (w, v) => w.WriteDateTime(v)); break;
            case Guid[] a: WriteArray(a, static (w, v) => w.WriteGuid(v)); break;
            case byte[][] a: WriteArray<byte[]?>(a, static (w, v) => w.WriteByteString(v)); break;
            case XmlElement[] a: WriteArray(a, static (w, v) => w.WriteXmlElement(v)); break;
            case NodeId[] a: WriteArray(a, static (w, v) => w.WriteNodeId(v)); break;
            case ExpandedNodeId[] a: WriteArray(a, static (w, v) => w.WriteExpandedNodeId(v)); break;
            case StatusCode[] a: WriteArray(a, static (w, v) => w.WriteStatusCode(v)); break;
            case QualifiedName[] a: WriteArray(a, static (w, v) => w.WriteQualifiedName(v)); break;
            case LocalizedText[] a: WriteArray(a, static (w, v) => w.WriteLocalizedText(v)); break;
            case ExtensionObject[] a: WriteArray(a, static (w, v) => w.WriteExtensionObject(v)); break;
            case DataValue[] a: WriteArray(a, static (w, v) => w.WriteDataValue(v)); break;
            case Variant[] a: WriteArray(a, static (w, v) => w.WriteVariant(v)); break;
            case DiagnosticInfo[] a: WriteArray<DiagnosticInfo?>(a, static (w, v) => w.WriteDiagnosticInfo(v)); break;
            default: throw new ServiceResultException(StatusCode.BadEncodingError, $"{array.GetType().Name} cannot be encoded in a variant");
        }
    }

    private void WriteDoubles(double[] values)
    {
        WriteInt32(values.Length);
        var span = GetSpan(values.Length * 8);
        if (BitConverter.IsLittleEndian)
        {
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).CopyTo(span);
            return;
        }
        for (var i = 0; i < values.Length; i++) BinaryPrimitives.WriteDoubleLittleEndian(span[(i * 8)..], values[i]);
    }

    /// <summary>Writes an array (null as length −1) element by element.</summary>
    public void WriteArray<T>(T[]? items, Action<UaWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (items is null)
        {
            WriteInt32(-1);
            return;
        }
        WriteInt32(items.Length);
        foreach (var item in items) write(this, item);
    }

    /// <summary>Writes an array from a span element by element.</summary>
    public void WriteArray<T>(ReadOnlySpan<T> items, Action<UaWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        WriteInt32(items.Length);
        foreach (var item in items) write(this, item);
    }

    /// <summary>Writes a structure's fields (no type id, no length).</summary>
    public void WriteEncodeable(IEncodeable value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value.Encode(this);
    }
}
