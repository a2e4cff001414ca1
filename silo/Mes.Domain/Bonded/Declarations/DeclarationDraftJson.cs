using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Declarations;

/// <summary>
/// Draft inventory-list lines as JSON: <c>{"book": …, "document": …, "lines": [{…}]}</c> with the fields of
/// <see cref="DeclarationLineLayout"/> in camelCase. Decimals are JSON numbers in canonical form (no exponent, no
/// trailing zeros), absent values are <c>null</c>.
/// </summary>
public static class DeclarationDraftJson
{
    // Chinese names stay readable; characters that matter in HTML are still escaped.
    private static readonly JavaScriptEncoder ReadableText = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The JSON text of a draft, indented.</summary>
    public static string Write(DeclarationDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = ReadableText }))
        {
            writer.WriteStartObject();
            writer.WriteString("book", draft.Book.Value);
            writer.WriteString("document", draft.Document);
            writer.WriteStartArray("lines");
            foreach (var line in draft.Lines)
            {
                writer.WriteStartObject();
                foreach (var (name, value) in DeclarationLineLayout.Fields)
                {
                    writer.WritePropertyName(DeclarationLineLayout.JsonName(name));
                    WriteValue(writer, value(line));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case decimal number:
                writer.WriteRawValue(DecimalText.Canonical(number));
                break;
            case int whole:
                writer.WriteNumberValue(whole);
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
