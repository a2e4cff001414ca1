using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mes.Domain.Bonded.MasterData.Json;

/// <summary>
/// Reads the fields of one JSON object, recording every problem as an error that names the file, the row and
/// the field instead of stopping at the first one, so that a whole file is corrected in one pass.
/// </summary>
internal sealed partial class JsonRowReader
{
    private readonly MasterDataSource source;
    private readonly int? row;
    private readonly JsonElement element;
    private readonly List<MasterDataError> errors;
    private readonly string prefix;

    public JsonRowReader(MasterDataSource source, int? row, JsonElement element, List<MasterDataError> errors, string prefix = "")
    {
        this.source = source;
        this.row = row;
        this.element = element;
        this.errors = errors;
        this.prefix = prefix;
    }

    public static bool IsObject(JsonElement element) => element.ValueKind == JsonValueKind.Object;

    public void Fail(string field, string message) => errors.Add(new MasterDataError(source, row, prefix + field, message));

    /// <summary>Refuses properties the layout does not define, which are almost always misspelt ones.</summary>
    public void AllowOnly(params string[] fields)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!fields.Contains(property.Name, StringComparer.Ordinal))
            {
                Fail(property.Name, "is not a field of this layout.");
            }
        }
    }

    public string? String(string field, bool required = true)
    {
        if (!Find(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(field, "must be a string.");
            return null;
        }

        return value.GetString();
    }

    public T? Parse<T>(string field, Func<string, T> parse, bool required = true)
        where T : struct
    {
        var text = String(field, required);
        if (text is null)
        {
            return null;
        }

        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            Fail(field, e.Message);
            return null;
        }
    }

    public TEnum? Enum<TEnum>(string field)
        where TEnum : struct, Enum
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }

        if (System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]))
        {
            return value;
        }

        Fail(field, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        return null;
    }

    public decimal? Decimal(string field, bool required = true)
    {
        if (!Find(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        Fail(field, "must be a decimal number.");
        return null;
    }

    public int? Integer(string field, bool required = true)
    {
        if (!Find(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        Fail(field, "must be a whole number.");
        return null;
    }

    /// <summary>An ISO 8601 time with an explicit offset; a time without one would depend on the reader's zone.</summary>
    public DateTimeOffset? Time(string field, bool required = true)
    {
        var text = String(field, required);
        if (text is null)
        {
            return null;
        }

        if (ExplicitOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        Fail(field, $"'{text}' is not an ISO 8601 time with an offset, e.g. 2025-01-01T00:00:00+08:00.");
        return null;
    }

    public JsonRowReader? Object(string field, bool required = true)
    {
        if (!Find(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Fail(field, "must be an object.");
            return null;
        }

        return new JsonRowReader(source, row, value, errors, prefix + field + ".");
    }

    public IReadOnlyList<JsonRowReader>? Objects(string field)
    {
        if (!Find(field, required: true, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object))
        {
            Fail(field, "must be an array of objects.");
            return null;
        }

        return value.EnumerateArray()
            .Select((e, i) => new JsonRowReader(source, row, e, errors, string.Create(CultureInfo.InvariantCulture, $"{prefix}{field}[{i}].")))
            .ToList();
    }

    private bool Find(string field, bool required, out JsonElement value)
    {
        if (element.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Fail(field, "is missing.");
        }

        return false;
    }

    [GeneratedRegex(@"T.*(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitOffset();
}
