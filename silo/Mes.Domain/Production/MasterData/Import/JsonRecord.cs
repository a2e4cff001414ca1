using System.Text.Json;

namespace Mes.Domain.Production.MasterData.Import;

/// <summary>A JSON object read by property name; nested arrays become child records.</summary>
public sealed class JsonRecord : SourceRecord
{
    private readonly JsonElement element;

    internal JsonRecord(string file, int row, string path, JsonElement element, ICollection<ImportError> errors)
        : base(file, row, path, errors)
    {
        this.element = element;
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> List(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            Error(field, "must be an array of strings");
            return [];
        }

        return value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToList();
    }

    /// <inheritdoc />
    public override IReadOnlyList<SourceRecord> Children(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(field, "must be an array");
            return [];
        }

        var children = new List<SourceRecord>();
        var index = 0;
        foreach (var child in value.EnumerateArray())
        {
            index++;
            if (child.ValueKind != JsonValueKind.Object)
            {
                Error($"{field}[{index}]", "must be an object");
                continue;
            }

            children.Add(new JsonRecord(File, Row, FieldPath($"{field}[{index}]"), child, Errors));
        }

        return children;
    }

    /// <inheritdoc />
    public override IReadOnlyList<KeyValuePair<string, string>> Pairs(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.Object
            || value.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String))
        {
            Error(field, "must be an object whose values are strings");
            return [];
        }

        return value.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? string.Empty)).ToList();
    }

    /// <summary>The records of a JSON array (the whole file, or a section of plant.json).</summary>
    internal static IReadOnlyList<SourceRecord> Elements(string file, string path, JsonElement array, ICollection<ImportError> errors)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new ImportError(file, null, path.Length == 0 ? null : path, "must be a JSON array"));
            return [];
        }

        var records = new List<SourceRecord>();
        var row = 0;
        foreach (var item in array.EnumerateArray())
        {
            row++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new ImportError(file, row, path.Length == 0 ? null : path, "must be a JSON object"));
                continue;
            }

            records.Add(new JsonRecord(file, row, path, item, errors));
        }

        return records;
    }

    /// <inheritdoc />
    protected override string? Raw(string field)
    {
        if (!element.TryGetProperty(field, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                Error(field, "must be a single value, not an object or array");
                return null;
        }
    }
}
