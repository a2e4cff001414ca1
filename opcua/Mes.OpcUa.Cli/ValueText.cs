using System.Globalization;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Cli;

/// <summary>Turns the text an integrator types into a value of the node's data type.</summary>
internal static class ValueText
{
    public static Variant Parse(string text, BuiltInType type, bool isArray)
    {
        if (!isArray) return ParseScalar(text, type);
        var parts = text.Trim('[', ']').Split(',', StringSplitOptions.TrimEntries);
        var scalars = parts.Select(p => ParseScalar(p, type)).ToArray();
        var array = Array.CreateInstance(ElementType(type), scalars.Length);
        for (var i = 0; i < scalars.Length; i++) array.SetValue(scalars[i].Value, i);
        return Variant.FromArray(array);
    }

    private static Type ElementType(BuiltInType type) => ParseScalar(type == BuiltInType.Boolean ? "false" : type == BuiltInType.DateTime ? "2000-01-01T00:00:00Z" : "0", type).Value?.GetType()
        ?? throw new UsageException($"arrays of {type} cannot be written from the command line");

    private static Variant ParseScalar(string text, BuiltInType type)
    {
        var invariant = CultureInfo.InvariantCulture;
        try
        {
            return type switch
            {
                BuiltInType.Boolean => new Variant(bool.Parse(text)),
                BuiltInType.SByte => new Variant(sbyte.Parse(text, invariant)),
                BuiltInType.Byte => new Variant(byte.Parse(text, invariant)),
                BuiltInType.Int16 => new Variant(short.Parse(text, invariant)),
                BuiltInType.UInt16 => new Variant(ushort.Parse(text, invariant)),
                BuiltInType.Int32 => new Variant(int.Parse(text, invariant)),
                BuiltInType.UInt32 => new Variant(uint.Parse(text, invariant)),
                BuiltInType.Int64 => new Variant(long.Parse(text, invariant)),
                BuiltInType.UInt64 => new Variant(ulong.Parse(text, invariant)),
                BuiltInType.Float => new Variant(float.Parse(text, invariant)),
                BuiltInType.Double => new Variant(double.Parse(text, invariant)),
                BuiltInType.String => new Variant(text),
                BuiltInType.DateTime => new Variant(DateTime.Parse(text, invariant, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)),
                BuiltInType.Guid => new Variant(Guid.Parse(text)),
                BuiltInType.ByteString => new Variant(Convert.FromHexString(text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text)),
                BuiltInType.NodeId => new Variant(NodeId.Parse(text)),
                BuiltInType.LocalizedText => new Variant(new LocalizedText(null, text)),
                _ => throw new UsageException($"values of type {type} cannot be written from the command line"),
            };
        }
        catch (FormatException e)
        {
            throw new UsageException($"'{text}' is not a {type}: {e.Message}");
        }
        catch (OverflowException)
        {
            throw new UsageException($"'{text}' is out of range for {type}");
        }
    }
}
