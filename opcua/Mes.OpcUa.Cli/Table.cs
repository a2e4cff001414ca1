namespace Mes.OpcUa.Cli;

/// <summary>Writes rows as an aligned text table.</summary>
internal static class Table
{
    public static async Task WriteAsync(TextWriter output, string[] headers, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
        await output.WriteLineAsync(Line(headers, widths));
        await output.WriteLineAsync(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in all) await output.WriteLineAsync(Line(row, widths));
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
}
