using System.Collections;
using System.Runtime.CompilerServices;

namespace Mes.OpcUa.Encoding;

/// <summary>
/// A value of any built-in type, a one-dimensional array of one, or a matrix (an array with
/// <see cref="ArrayDimensions"/>). Numeric scalars, booleans, DateTime and StatusCode are held inline, so creating,
/// copying and comparing them allocates nothing.
/// </summary>
public readonly struct Variant : IEquatable<Variant>
{
    private readonly ulong _bits;
    private readonly object? _reference;

    private Variant(BuiltInType type, ulong bits)
    {
        Type = type;
        _bits = bits;
        _reference = null;
        ArrayDimensions = null;
        IsArray = false;
    }

    private Variant(BuiltInType type, object? reference, bool isArray, int[]? dimensions = null)
    {
        Type = reference is null && !isArray ? BuiltInType.Null : type;
        _bits = 0;
        _reference = reference;
        IsArray = isArray && reference is not null;
        ArrayDimensions = dimensions;
    }

    /// <summary>The null variant.</summary>
    public static Variant Null => default;

    /// <summary>The built-in type of the value or of the array's elements.</summary>
    public BuiltInType Type { get; }

    /// <summary>True when the value is an array (or a matrix).</summary>
    public bool IsArray { get; }

    /// <summary>The dimensions of a matrix (rank ≥ 2), or null for scalars and one-dimensional arrays.</summary>
    public int[]? ArrayDimensions { get; }

    /// <summary>True when the variant holds nothing.</summary>
    public bool IsNull => Type == BuiltInType.Null;

    /// <summary>
    /// The value as an object: a boxed scalar, a string, a typed .NET array (<c>double[]</c>, <c>string?[]</c>, …).
    /// Boxes numeric scalars; use <see cref="Get{T}"/> on hot paths.
    /// </summary>
    public object? Value => _reference ?? (Type switch
    {
        BuiltInType.Null => null,
        BuiltInType.Boolean => _bits != 0,
        BuiltInType.SByte => (sbyte)_bits,
        BuiltInType.Byte => (byte)_bits,
        BuiltInType.Int16 => (short)_bits,
        BuiltInType.UInt16 => (ushort)_bits,
        BuiltInType.Int32 => (int)_bits,
        BuiltInType.UInt32 => (uint)_bits,
        BuiltInType.Int64 => (long)_bits,
        BuiltInType.UInt64 => _bits,
        BuiltInType.Float => BitConverter.UInt32BitsToSingle((uint)_bits),
        BuiltInType.Double => BitConverter.UInt64BitsToDouble(_bits),
        BuiltInType.DateTime => new DateTime((long)_bits, DateTimeKind.Utc),
        BuiltInType.StatusCode => new StatusCode((uint)_bits),
        _ => null,
    });

    /// <summary>The raw inline payload of a scalar (used by the encoder and by change detection).</summary>
    internal ulong Bits => _bits;

    /// <summary>The reference payload (strings, arrays, structures).</summary>
    internal object? Reference => _reference;

    /// <summary>Creates a Boolean variant.</summary>
    public Variant(bool value) : this(BuiltInType.Boolean, value ? 1UL : 0UL) { }

    /// <summary>Creates an SByte variant.</summary>
    public Variant(sbyte value) : this(BuiltInType.SByte, (ulong)(long)value) { }

    /// <summary>Creates a Byte variant.</summary>
    public Variant(byte value) : this(BuiltInType.Byte, value) { }

    /// <summary>Creates an Int16 variant.</summary>
    public Variant(short value) : this(BuiltInType.Int16, (ulong)(long)value) { }

    /// <summary>Creates a UInt16 variant.</summary>
    public Variant(ushort value) : this(BuiltInType.UInt16, value) { }

    /// <summary>Creates an Int32 variant.</summary>
    public Variant(int value) : this(BuiltInType.Int32, (ulong)(long)value) { }

    /// <summary>Creates a UInt32 variant.</summary>
    public Variant(uint value) : this(BuiltInType.UInt32, value) { }

    /// <summary>Creates an Int64 variant.</summary>
    public Variant(long value) : this(BuiltInType.Int64, (ulong)value) { }

    /// <summary>Creates a UInt64 variant.</summary>
    public Variant(ulong value) : this(BuiltInType.UInt64, value) { }

    /// <summary>Creates a Float variant.</summary>
    public Variant(float value) : this(BuiltInType.Float, BitConverter.SingleToUInt32Bits(value)) { }

    /// <summary>Creates a Double variant.</summary>
    public Variant(double value) : this(BuiltInType.Double, BitConverter.DoubleToUInt64Bits(value)) { }

    /// <summary>Creates a DateTime variant (the value is taken as UTC).</summary>
    public Variant(DateTime value) : this(BuiltInType.DateTime, (ulong)value.Ticks) { }

    /// <summary>Creates a StatusCode variant.</summary>
    public Variant(StatusCode value) : this(BuiltInType.StatusCode, value.Code) { }

    /// <summary>Creates a String variant (null gives the null variant).</summary>
    public Variant(string? value) : this(BuiltInType.String, value, false) { }

    /// <summary>Creates a Guid variant.</summary>
    public Variant(Guid value) : this(BuiltInType.Guid, value, false) { }

    /// <summary>Creates a ByteString variant.</summary>
    public Variant(byte[]? value) : this(BuiltInType.ByteString, value, false) { }

    /// <summary>Creates an XmlElement variant.</summary>
    public Variant(XmlElement value) : this(BuiltInType.XmlElement, value, false) { }

    /// <summary>Creates a NodeId variant.</summary>
    public Variant(NodeId value) : this(BuiltInType.NodeId, value, false) { }

    /// <summary>Creates an ExpandedNodeId variant.</summary>
    public Variant(ExpandedNodeId value) : this(BuiltInType.ExpandedNodeId, value, false) { }

    /// <summary>Creates a QualifiedName variant.</summary>
    public Variant(QualifiedName value) : this(BuiltInType.QualifiedName, value, false) { }

    /// <summary>Creates a LocalizedText variant.</summary>
    public Variant(LocalizedText value) : this(BuiltInType.LocalizedText, value, false) { }

    /// <summary>Creates an ExtensionObject variant.</summary>
    public Variant(ExtensionObject value) : this(BuiltInType.ExtensionObject, value, false) { }

    /// <summary>Creates a DataValue variant.</summary>
    public Variant(DataValue value) : this(BuiltInType.DataValue, value, false) { }

    /// <summary>Creates a DiagnosticInfo variant.</summary>
    public Variant(DiagnosticInfo? value) : this(BuiltInType.DiagnosticInfo, value, false) { }

    /// <summary>
    /// Creates an array variant from a typed .NET array (<c>double[]</c>, <c>string?[]</c>, <c>Variant[]</c>, …);
    /// with <paramref name="dimensions"/> the array is a matrix in row-major order whose dimensions multiply to its length.
    /// </summary>
    /// <exception cref="ArgumentException">The element type is not a built-in type or the dimensions do not fit.</exception>
    public static Variant FromArray(Array values, int[]? dimensions = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var elementType = BuiltInTypes.OfArray(values.GetType())
            ?? throw new ArgumentException($"{values.GetType().Name} is not an array of a built-in type.", nameof(values));
        if (dimensions is not null)
        {
            long product = 1;
            foreach (var d in dimensions)
            {
                if (d < 0) throw new ArgumentException("Matrix dimensions must not be negative.", nameof(dimensions));
                product *= d;
            }
            if (dimensions.Length < 2 || product != values.Length)
                throw new ArgumentException($"Matrix dimensions [{string.Join(",", dimensions)}] do not match {values.Length} elements.", nameof(dimensions));
        }
        return new Variant(elementType, values, true, dimensions);
    }

    /// <summary>Creates a variant from a value of a type known at compile time, without boxing numeric scalars.</summary>
    /// <exception cref="ArgumentException">The type is not a built-in type or an array of one.</exception>
    public static Variant From<T>(T value)
    {
        if (typeof(T) == typeof(double)) return new Variant(Unsafe.As<T, double>(ref value));
        if (typeof(T) == typeof(float)) return new Variant(Unsafe.As<T, float>(ref value));
        if (typeof(T) == typeof(int)) return new Variant(Unsafe.As<T, int>(ref value));
        if (typeof(T) == typeof(uint)) return new Variant(Unsafe.As<T, uint>(ref value));
        if (typeof(T) == typeof(bool)) return new Variant(Unsafe.As<T, bool>(ref value));
        if (typeof(T) == typeof(long)) return new Variant(Unsafe.As<T, long>(ref value));
        if (typeof(T) == typeof(ulong)) return new Variant(Unsafe.As<T, ulong>(ref value));
        if (typeof(T) == typeof(short)) return new Variant(Unsafe.As<T, short>(ref value));
        if (typeof(T) == typeof(ushort)) return new Variant(Unsafe.As<T, ushort>(ref value));
        if (typeof(T) == typeof(sbyte)) return new Variant(Unsafe.As<T, sbyte>(ref value));
        if (typeof(T) == typeof(byte)) return new Variant(Unsafe.As<T, byte>(ref value));
        if (typeof(T) == typeof(DateTime)) return new Variant(Unsafe.As<T, DateTime>(ref value));
        if (typeof(T) == typeof(StatusCode)) return new Variant(Unsafe.As<T, StatusCode>(ref value));
        if (typeof(T) == typeof(Variant)) return Unsafe.As<T, Variant>(ref value);
        return FromObject(value);
    }

    /// <summary>Creates a variant from a boxed value of a built-in type or an array of one.</summary>
    /// <exception cref="ArgumentException">The value's type is not a built-in type.</exception>
    public static Variant FromObject(object? value) => value switch
    {
        null => Null,
        Variant v => v,
        bool v => new Variant(v),
        sbyte v => new Variant(v),
        byte v => new Variant(v),
        short v => new Variant(v),
        ushort v => new Variant(v),
        int v => new Variant(v),
        uint v => new Variant(v),
        long v => new Variant(v),
        ulong v => new Variant(v),
        float v => new Variant(v),
        double v => new Variant(v),
        string v => new Variant(v),
        DateTime v => new Variant(v),
        Guid v => new Variant(v),
        byte[] v => new Variant(v),
        XmlElement v => new Variant(v),
        NodeId v => new Variant(v),
        ExpandedNodeId v => new Variant(v),
        StatusCode v => new Variant(v),
        QualifiedName v => new Variant(v),
        LocalizedText v => new Variant(v),
        ExtensionObject v => new Variant(v),
        DataValue v => new Variant(v),
        DiagnosticInfo v => new Variant(v),
        Array a => FromArray(a),
        _ => throw new ArgumentException($"{value.GetType().Name} is not an OPC UA built-in type.", nameof(value)),
    };

    /// <summary>
    /// The value as <typeparamref name="T"/>, without boxing numeric scalars. The type must match exactly
    /// (a Double variant is read as <c>double</c>, a Double array as <c>double[]</c>).
    /// </summary>
    /// <exception cref="InvalidCastException">The variant holds another type.</exception>
    public T Get<T>() => TryGet<T>(out var value)
        ? value
        : throw new InvalidCastException($"The variant holds {Describe()}, not {typeof(T).Name}.");

    /// <summary>Reads the value as <typeparamref name="T"/> when the types match exactly.</summary>
    public bool TryGet<T>(out T value)
    {
        value = default!;
        if (!IsArray && _reference is null)
        {
            if (typeof(T) == typeof(double) && Type == BuiltInType.Double) { var v = BitConverter.UInt64BitsToDouble(_bits); value = Unsafe.As<double, T>(ref v); return true; }
            if (typeof(T) == typeof(float) && Type == BuiltInType.Float) { var v = BitConverter.UInt32BitsToSingle((uint)_bits); value = Unsafe.As<float, T>(ref v); return true; }
            if (typeof(T) == typeof(int) && Type == BuiltInType.Int32) { var v = (int)_bits; value = Unsafe.As<int, T>(ref v); return true; }
            if (typeof(T) == typeof(uint) && Type == BuiltInType.UInt32) { var v = (uint)_bits; value = Unsafe.As<uint, T>(ref v); return true; }
            if (typeof(T) == typeof(bool) && Type == BuiltInType.Boolean) { var v = _bits != 0; value = Unsafe.As<bool, T>(ref v); return true; }
            if (typeof(T) == typeof(long) && Type == BuiltInType.Int64) { var v = (long)_bits; value = Unsafe.As<long, T>(ref v); return true; }
            if (typeof(T) == typeof(ulong) && Type == BuiltInType.UInt64) { var v = _bits; value = Unsafe.As<ulong, T>(ref v); return true; }
            if (typeof(T) == typeof(short) && Type == BuiltInType.Int16) { var v = (short)_bits; value = Unsafe.As<short, T>(ref v); return true; }
            if (typeof(T) == typeof(ushort) && Type == BuiltInType.UInt16) { var v = (ushort)_bits; value = Unsafe.As<ushort, T>(ref v); return true; }
            if (typeof(T) == typeof(sbyte) && Type == BuiltInType.SByte) { var v = (sbyte)_bits; value = Unsafe.As<sbyte, T>(ref v); return true; }
            if (typeof(T) == typeof(byte) && Type == BuiltInType.Byte) { var v = (byte)_bits; value = Unsafe.As<byte, T>(ref v); return true; }
            if (typeof(T) == typeof(DateTime) && Type == BuiltInType.DateTime) { var v = new DateTime((long)_bits, DateTimeKind.Utc); value = Unsafe.As<DateTime, T>(ref v); return true; }
            if (typeof(T) == typeof(StatusCode) && Type == BuiltInType.StatusCode) { var v = new StatusCode((uint)_bits); value = Unsafe.As<StatusCode, T>(ref v); return true; }
        }
        if (typeof(T) == typeof(Variant)) { var self = this; value = Unsafe.As<Variant, T>(ref self); return true; }
        if (Value is T typed)
        {
            value = typed;
            return true;
        }
        return false;
    }

    /// <summary>A numeric scalar converted to double (for deadband checks and display); NaN for non-numeric values.</summary>
    public double ToDouble() => IsArray ? double.NaN : Type switch
    {
        BuiltInType.SByte or BuiltInType.Int16 or BuiltInType.Int32 or BuiltInType.Int64 => (long)_bits,
        BuiltInType.Byte or BuiltInType.UInt16 or BuiltInType.UInt32 or BuiltInType.UInt64 => _bits,
        BuiltInType.Float => BitConverter.UInt32BitsToSingle((uint)_bits),
        BuiltInType.Double => BitConverter.UInt64BitsToDouble(_bits),
        BuiltInType.Boolean => _bits,
        _ => double.NaN,
    };

    /// <summary>Short description of the held type, e.g. <c>Double</c>, <c>Int32[3]</c>, <c>Double[2x3]</c>.</summary>
    public string Describe()
    {
        if (!IsArray) return Type.ToString();
        if (ArrayDimensions is { } dims) return $"{Type}[{string.Join("x", dims)}]";
        return $"{Type}[{((Array)_reference!).Length}]";
    }

    /// <inheritdoc />
    public bool Equals(Variant other)
    {
        if (Type != other.Type || IsArray != other.IsArray || _bits != other._bits) return false;
        if (!ReferenceEquals(ArrayDimensions, other.ArrayDimensions) &&
            !ArrayDimensions.AsSpan().SequenceEqual(other.ArrayDimensions.AsSpan())) return false;
        return StructuralComparisons.StructuralEqualityComparer.Equals(_reference, other._reference);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Variant other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Type, IsArray, _bits, _reference is null ? 0 : StructuralComparisons.StructuralEqualityComparer.GetHashCode(_reference));

    /// <summary>Value equality.</summary>
    public static bool operator ==(Variant left, Variant right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Variant left, Variant right) => !left.Equals(right);

    /// <summary>Wraps a boolean.</summary>
    public static implicit operator Variant(bool value) => new(value);

    /// <summary>Wraps an Int32.</summary>
    public static implicit operator Variant(int value) => new(value);

    /// <summary>Wraps a UInt32.</summary>
    public static implicit operator Variant(uint value) => new(value);

    /// <summary>Wraps a Double.</summary>
    public static implicit operator Variant(double value) => new(value);

    /// <summary>Wraps a string.</summary>
    public static implicit operator Variant(string? value) => new(value);

    /// <inheritdoc />
    public override string ToString() => VariantText.Format(this);
}
