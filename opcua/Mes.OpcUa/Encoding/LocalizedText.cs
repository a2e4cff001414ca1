namespace Mes.OpcUa.Encoding;

/// <summary>A human-readable text with an optional locale id (e.g. <c>en</c>, <c>zh-CN</c>).</summary>
/// <param name="Locale">The locale, or null.</param>
/// <param name="Text">The text, or null.</param>
public readonly record struct LocalizedText(string? Locale, string? Text)
{
    /// <summary>A text without locale.</summary>
    public static implicit operator LocalizedText(string? text) => new(null, text);

    /// <inheritdoc />
    public override string ToString() => Text ?? "";
}
