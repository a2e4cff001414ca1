namespace Mes.OpcUa.Encoding;

/// <summary>Maps .NET types to the built-in types of UA Binary.</summary>
public static class BuiltInTypes
{
    private static readonly Dictionary<Type, BuiltInType> Scalars = new()
    {
        [typeof(bool)] = BuiltInType.Boolean,
        [typeof(sbyte)] = BuiltInType.SByte,
        [typeof(byte)] = BuiltInType.Byte,
        [typeof(short)] = BuiltInType.Int16,
        [typeof(ushort)] = BuiltInType.UInt16,
        [typeof(int)] = BuiltInType.Int32,
        [typeof(uint)] = BuiltInType.UInt32,
        [typeof(long)] = BuiltInType.Int64,
        [typeof(ulong)] = BuiltInType.UInt64,
        [typeof(float)] = BuiltInType.Float,
        [typeof(double)] = BuiltInType.Double,
        [typeof(string)] = BuiltInType.String,
        [typeof(DateTime)] = BuiltInType.DateTime,
        [typeof(Guid)] = BuiltInType.Guid,
        [typeof(XmlElement)] = BuiltInType.XmlElement,
        [typeof(NodeId)] = BuiltInType.NodeId,
        [typeof(ExpandedNodeId)] = BuiltInType.ExpandedNodeId,
        [typeof(StatusCode)] = BuiltInType.StatusCode,
        [typeof(QualifiedName)] = BuiltInType.QualifiedName,
        [typeof(LocalizedText)] = BuiltInType.LocalizedText,
        [typeof(ExtensionObject)] = BuiltInType.ExtensionObject,
        [typeof(DataValue)] = BuiltInType.DataValue,
        [typeof(Variant)] = BuiltInType.Variant,
        [typeof(DiagnosticInfo)] = BuiltInType.DiagnosticInfo,
    };

    /// <summary>The built-in type of a scalar .NET type (<c>byte[]</c> is a ByteString), or null.</summary>
    public static BuiltInType? Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type == typeof(byte[])) return BuiltInType.ByteString;
        return Scalars.TryGetValue(type, out var builtIn) ? builtIn : null;
    }

    /// <summary>The element built-in type of a .NET array type (<c>byte[]</c> is an array of Byte, <c>byte[][]</c> of ByteString), or null.</summary>
    public static BuiltInType? OfArray(Type arrayType)
    {
        ArgumentNullException.ThrowIfNull(arrayType);
        if (!arrayType.IsArray || arrayType.GetArrayRank() != 1) return null;
        var element = arrayType.GetElementType()!;
        if (element == typeof(byte)) return BuiltInType.Byte;
        return Of(element);
    }

    /// <summary>The NodeId of the DataType node for a built-in type (i=1 … i=25; BaseDataType i=24 for Variant).</summary>
    public static NodeId DataTypeId(BuiltInType type) => new((uint)type);

    /// <summary>The built-in type that carries values of a standard data type, or null for non-built-in data types.</summary>
    public static BuiltInType? FromDataTypeId(NodeId dataType) =>
        dataType.NamespaceIndex == 0 && dataType.IdType == NodeIdType.Numeric && dataType.Numeric is >= 1 and <= 25
            ? (BuiltInType)dataType.Numeric
            : null;
}
