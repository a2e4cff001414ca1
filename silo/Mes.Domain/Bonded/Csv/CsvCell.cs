using System.Globalization;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Csv;

/// <summary>How values are written in the CSV exports: invariant culture, decimals without exponent, times in UTC.</summary>
public static class CsvCell
{
    /// <summary>A decimal as <see cref="DecimalText.Canonical"/> writes it.</summary>
    public static string Of(decimal value) => DecimalText.Canonical(value);

    /// <summary>A decimal, or an empty field.</summary>
    public static string Of(decimal? value) => value is { } v ? DecimalText.Canonical(v) : string.Empty;

    /// <summary>A whole number.</summary>
    public static string Of(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A whole number, or an empty field.</summary>
    public static string Of(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>An instant in UTC, ISO 8601 with microseconds: <c>2025-03-03T01:00:00.000000Z</c>.</summary>
    public static string Of(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A yes/no flag.</summary>
    public static string Of(bool value) => value ? "true" : "false";

    /// <summary>Any value by its text (decimals and times as above), or an empty field for null.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        decimal number => Of(number),
        DateTimeOffset time => Of(time),
        bool flag => Of(flag),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
