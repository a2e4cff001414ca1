using System.Globalization;

namespace Mes.Domain.Bonded.Quantities;

/// <summary>Culture-invariant decimal text, the one form used by hashes, CSV and JSON exports.</summary>
public static class DecimalText
{
    /// <summary>
    /// Invariant digits without exponent, trailing fractional zeros removed and no negative zero, so that
    /// 1.50 and 1.5 (the same quantity read back from a numeric column with another scale) read the same.
    /// </summary>
    public static string Canonical(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text == "-0" ? "0" : text;
    }
}
