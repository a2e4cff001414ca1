using System.Globalization;

namespace Mes.Domain.Production.MasterData.Import;

/// <summary>
/// One record of an import file (a CSV row or a JSON object) read field by field. A field that is missing
/// or malformed adds an error naming file, row and field and yields a placeholder, so that one pass
/// reports every problem of the file.
/// </summary>
public abstract class SourceRecord
{
    private readonly string path;
    private readonly ICollection<ImportError> errors;

    private protected SourceRecord(string file, int row, string path, ICollection<ImportError> errors)
    {
        File = file;
        Row = row;
        this.path = path;
        this.errors = errors;
    }

    /// <summary>The file the record is in.</summary>
    public string File { get; }

    /// <summary>The row (CSV) or element position (JSON), from 1.</summary>
    public int Row { get; }

    /// <summary>Reports a problem with <paramref name="field"/>.</summary>
    public void Error(string field, string message) => errors.Add(new ImportError(File, Row, FieldPath(field), message));

    /// <summary>A required text field.</summary>
    public string Text(string field)
    {
        var text = OptionalText(field);
        if (text is null)
        {
            Error(field, "is required");
        }

        return text ?? string.Empty;
    }

    /// <summary>An optional text field (trimmed; empty counts as absent).</summary>
    public string? OptionalText(string field) =>
        Raw(field) is { } raw && !string.IsNullOrWhiteSpace(raw) ? raw.Trim() : null;

    /// <summary>A required decimal in invariant notation (point as decimal separator).</summary>
    public decimal Decimal(string field) => Parse(field, ParseDecimal, "a number such as 3.3") ?? 0m;

    /// <summary>An optional decimal.</summary>
    public decimal? OptionalDecimal(string field) =>
        OptionalText(field) is null ? null : Parse(field, ParseDecimal, "a number such as 3.3");

    /// <summary>A required whole number.</summary>
    public int Int(string field) =>
        Parse<int>(field, t => int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (int?)null, "a whole number") ?? 0;

    /// <summary>An optional true/false, <paramref name="absent"/> when missing.</summary>
    public bool Flag(string field, bool absent) =>
        OptionalText(field) is null ? absent : Parse<bool>(field, t => bool.TryParse(t, out var v) ? v : (bool?)null, "true or false") ?? absent;

    /// <summary>A required instant with an explicit offset (ISO 8601), stored as UTC.</summary>
    public DateTimeOffset Instant(string field) =>
        Parse(field, ParseInstant, "a date and time with offset such as 2027-06-30T23:59:59+08:00") ?? DateTimeOffset.MinValue;

    /// <summary>A required time of day, HH:mm.</summary>
    public TimeOnly TimeOfDay(string field) =>
        Parse<TimeOnly>(field, t => TimeOnly.TryParseExact(t, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : (TimeOnly?)null, "a time HH:mm such as 08:00")
        ?? TimeOnly.MinValue;

    /// <summary>A required field parsed by <paramref name="parse"/> (null = invalid); the error says what
    /// was expected.</summary>
    public T? Parse<T>(string field, Func<string, T?> parse, string expected)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(parse);
        var text = Text(field);
        if (text.Length == 0)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            Error(field, $"'{text}' is not {expected}");
        }

        return value;
    }

    /// <summary>A list of texts: a JSON array of strings, or a space-separated CSV field.</summary>
    public abstract IReadOnlyList<string> List(string field);

    /// <summary>Nested records (JSON arrays of objects); CSV has none.</summary>
    public abstract IReadOnlyList<SourceRecord> Children(string field);

    /// <summary>Name/value pairs (a JSON object of strings); CSV has none.</summary>
    public abstract IReadOnlyList<KeyValuePair<string, string>> Pairs(string field);

    /// <summary>The raw text of a scalar field, or null when absent.</summary>
    protected abstract string? Raw(string field);

    /// <summary>The field's name as errors show it.</summary>
    protected string FieldPath(string field) => path.Length == 0 ? field : $"{path}.{field}";

    /// <summary>The errors of the import, for nested records.</summary>
    protected ICollection<ImportError> Errors => errors;

    private static decimal? ParseDecimal(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v
            : null;

    private static DateTimeOffset? ParseInstant(string text)
    {
        var hasOffset = text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal);
        return text.Contains('T', StringComparison.Ordinal) && hasOffset
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var v)
                ? v.ToUniversalTime()
                : null;
    }
}
