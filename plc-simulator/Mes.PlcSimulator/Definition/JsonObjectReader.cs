using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mes.PlcSimulator.Definition;

/// <summary>
/// Reads the fields of one JSON object of the line file, recording every problem with the JSON path of the field.
/// A field read with an error yields a placeholder; the caller builds nothing when any error was recorded.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement element;
    private readonly List<LineFileError> errors;
    private readonly List<string> known = [];

    private JsonObjectReader(JsonElement element, string path, List<LineFileError> errors)
    {
        this.element = element;
        Path = path;
        this.errors = errors;
    }

    public string Path { get; }

    /// <summary>A reader for <paramref name="element"/>, or null (with an error) when it is not an object.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, List<LineFileError> errors)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonObjectReader(element, path, errors);
        }

        errors.Add(new LineFileError(path.Length == 0 ? "$" : path, "must be an object"));
        return null;
    }

    /// <summary>A reader for an element of one of this object's arrays, sharing its error list.</summary>
    public JsonObjectReader? Element(JsonElement item, string path) => Open(item, path, errors);

    public string PathOf(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    public void Error(string name, string message) => errors.Add(new LineFileError(PathOf(name), message));

    public void ErrorAt(string path, string message) => errors.Add(new LineFileError(path, message));

    public bool Has(string name)
    {
        known.Add(name);
        return element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;
    }

    public string String(string name, Regex? pattern = null, string? patternText = null, string? fallback = null)
    {
        if (!TryGet(name, fallback is null, out var value))
        {
            return fallback ?? string.Empty;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(name, "must be a string");
            return string.Empty;
        }

        var text = value.GetString() ?? string.Empty;
        if (text.Trim().Length == 0)
        {
            Error(name, "must not be empty");
        }
        else if (pattern is not null && !pattern.IsMatch(text))
        {
            Error(name, $"'{text}' must be {patternText}");
        }

        return text;
    }

    public double Number(string name, NumberRule rule, double? fallback = null)
    {
        if (!TryGet(name, fallback is null, out var value))
        {
            return fallback ?? 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            Error(name, "must be a number");
            return 0;
        }

        Check(name, rule, number);
        return number;
    }

    public decimal Decimal(string name, NumberRule rule)
    {
        if (!TryGet(name, required: true, out var value))
        {
            return 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            Error(name, "must be a number");
            return 0;
        }

        Check(name, rule, (double)number);
        return number;
    }

    public int Integer(string name, NumberRule rule, int? fallback = null)
    {
        if (!TryGet(name, fallback is null, out var value))
        {
            return fallback ?? 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Error(name, "must be a whole number");
            return 0;
        }

        Check(name, rule, number);
        return number;
    }

    public bool Boolean(string name, bool fallback)
    {
        if (!TryGet(name, required: false, out var value))
        {
            return fallback;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(name, "must be true or false");
        return fallback;
    }

    /// <summary>The elements of an array field with their paths; empty (with an error) when missing or not an array.</summary>
    public IReadOnlyList<(JsonElement Element, string Path)> Array(string name, int minimum, int maximum)
    {
        if (!TryGet(name, required: minimum > 0, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(name, "must be an array");
            return [];
        }

        var length = value.GetArrayLength();
        if (length < minimum || length > maximum)
        {
            Error(name, minimum == maximum
                ? string.Create(CultureInfo.InvariantCulture, $"must have {minimum} entries")
                : string.Create(CultureInfo.InvariantCulture, $"must have between {minimum} and {maximum} entries, has {length}"));
        }

        return value.EnumerateArray().Select((e, i) => (e, string.Create(CultureInfo.InvariantCulture, $"{PathOf(name)}[{i}]"))).ToList();
    }

    /// <summary>A reader for an object field, or null when it is missing (an error if required) or not an object.</summary>
    public JsonObjectReader? Object(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        return Open(value, PathOf(name), errors);
    }

    /// <summary>Records every field of the object that no read asked for (a misspelt field is refused, not ignored).</summary>
    public void RejectUnknownFields()
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                Error(property.Name, $"unknown field (expected one of: {string.Join(", ", known)})");
            }
        }
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        known.Add(name);
        if (element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Error(name, "is required");
        }

        return false;
    }

    private void Check(string name, NumberRule rule, double number)
    {
        if (rule.Check(number) is { } message)
        {
            Error(name, message);
        }
    }
}
