using System.Globalization;
using System.Text;

namespace Mes.OpcUa.Encoding;

/// <summary>Renders variants as short, culture-invariant text for logs and the command-line client.</summary>
public static class VariantText
{
    private const int MaxArrayElementsShown = 10;

    /// <summary>The text of a variant: scalars as their value, arrays as <c>[1, 2, 3]</c> (long arrays shortened).</summary>
    public static string Format(Variant value)
    {
        if (value.IsNull) return "null";
        if (!value.IsArray) return FormatScalar(value.Value);
        var array = (Array)value.Reference!;
        var text = new StringBuilder("[");
        var shown = Math.Min(array.Length, MaxArrayElementsShown);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0) text.Append(", ");
            text.Append(FormatScalar(array.GetValue(i)));
        }
        if (array.Length > shown) text.Append(CultureInfo.InvariantCulture, $", … ({array.Length} elements)");
        return text.Append(']').ToString();
    }

    private static string FormatScalar(object? value) => value switch
    {
        null => "null",
        string s => s,
        byte[] b => $"0x{Convert.ToHexString(b)}",
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        ExtensionObject e => e.Body is IEncodeable ? e.Body.ToString() ?? "" : $"ExtensionObject({e.TypeId})",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
