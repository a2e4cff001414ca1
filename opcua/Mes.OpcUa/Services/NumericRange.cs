using System.Globalization;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Services;

/// <summary>A one-dimensional index range (<c>"3"</c> or <c>"2:5"</c>) applied to an array value on Read.</summary>
internal readonly record struct NumericRange(int First, int Last)
{
    public static NumericRange? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var parts = text.Split(':');
        if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first))
            throw new ServiceResultException(StatusCode.BadIndexRangeInvalid, $"index range '{text}' is not 'n' or 'n:m'");
        var last = first;
        if (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out last) || last <= first))
            throw new ServiceResultException(StatusCode.BadIndexRangeInvalid, $"index range '{text}' is not 'n' or 'n:m' with m > n");
        return new NumericRange(first, last);
    }

    public Variant Apply(Variant value)
    {
        if (!value.IsArray || value.ArrayDimensions is not null || value.Value is not Array array)
            throw new ServiceResultException(StatusCode.BadIndexRangeNoData, "an index range needs a one-dimensional array");
        if (First >= array.Length) throw new ServiceResultException(StatusCode.BadIndexRangeNoData, $"index {First} is beyond the {array.Length} elements");
        var count = Math.Min(Last, array.Length - 1) - First + 1;
        var slice = Array.CreateInstance(array.GetType().GetElementType()!, count);
        Array.Copy(array, First, slice, 0, count);
        return Variant.FromArray(slice);
    }
}
