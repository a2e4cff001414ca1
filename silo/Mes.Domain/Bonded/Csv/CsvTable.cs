using System.Text;

namespace Mes.Domain.Bonded.Csv;

/// <summary>
/// A CSV layout: named columns and how each is read from a row. Writes RFC 4180 text: a header line, CRLF line
/// ends, and fields holding a comma, quote, CR or LF quoted with inner quotes doubled. The text is returned as a
/// string; write it as UTF-8 (with a byte-order mark if a spreadsheet must show the Chinese names).
/// </summary>
public sealed class CsvTable<T>
{
    private readonly (string Header, Func<T, string> Cell)[] columns;

    /// <summary>A layout with the given columns, in order.</summary>
    public CsvTable(params (string Header, Func<T, string> Cell)[] columns) => this.columns = columns;

    /// <summary>The column headers.</summary>
    public IReadOnlyList<string> Headers => columns.Select(c => c.Header).ToList();

    /// <summary>The header line and one line per row.</summary>
    public string Write(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        Line(text, columns.Select(c => c.Header));
        foreach (var row in rows)
        {
            Line(text, columns.Select(c => c.Cell(row)));
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append("\r\n");
    }
}
