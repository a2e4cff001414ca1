using System.Text;

namespace Mes.Domain.Production.MasterData.Import;

/// <summary>
/// A CSV file per RFC 4180: comma-separated, fields optionally in double quotes (a quote inside doubled,
/// commas and line breaks allowed inside), CRLF or LF line ends, the first record a header. Blank lines
/// are skipped; a UTF-8 byte-order mark is ignored. Rows are numbered as a spreadsheet shows them.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
    }

    /// <summary>The file name, for errors.</summary>
    public string File { get; }

    /// <summary>Column names from the header record.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The data records.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Parses <paramref name="text"/>; malformed records are reported in <paramref name="errors"/>
    /// and left out.</summary>
    public static CsvTable Parse(string file, string text, ICollection<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var records = Records(file, text.TrimStart('\uFEFF'), errors);
        if (records.Count == 0)
        {
            errors.Add(new ImportError(file, 1, null, "the file is empty; it needs a header row"));
            return new CsvTable(file, [], []);
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        var rows = new List<CsvRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                errors.Add(new ImportError(file, record.Row, null,
                    $"has {record.Fields.Count} fields, the header has {header.Count}"));
                continue;
            }

            rows.Add(record);
        }

        return new CsvTable(file, header, rows);
    }

    private static List<CsvRow> Records(string file, string text, ICollection<ImportError> errors)
    {
        var records = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        var broken = false;
        var row = 1;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            quoted = false;
        }

        void EndRecord()
        {
            EndField();
            var blank = fields.Count == 1 && fields[0].Length == 0;
            if (!broken && !blank)
            {
                records.Add(new CsvRow(row, fields.ToList()));
            }

            row++;
            fields.Clear();
            broken = false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    EndField();
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    EndRecord();
                    break;
                case '"' when field.Length == 0 && !quoted:
                    inQuotes = true;
                    quoted = true;
                    break;
                default:
                    if (!broken && (c == '"' || quoted))
                    {
                        errors.Add(new ImportError(file, row, null, c == '"'
                            ? "a double quote inside an unquoted field; quote the field and double the quote"
                            : "text after a closing quote"));
                        broken = true;
                    }

                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            errors.Add(new ImportError(file, row, null, "a quoted field is not closed"));
            return records;
        }

        if (field.Length > 0 || fields.Count > 0 || quoted)
        {
            EndRecord();
        }

        return records;
    }
}

/// <summary>One CSV record with its row number.</summary>
public sealed record CsvRow(int Row, IReadOnlyList<string> Fields);
