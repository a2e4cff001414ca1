namespace Mes.Domain.Production.MasterData.Import;

/// <summary>A CSV row read by column name.</summary>
public sealed class CsvRecord : SourceRecord
{
    private readonly CsvTable table;
    private readonly CsvRow row;

    internal CsvRecord(CsvTable table, CsvRow row, ICollection<ImportError> errors)
        : base(table.File, row.Row, string.Empty, errors)
    {
        this.table = table;
        this.row = row;
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> List(string field) =>
        OptionalText(field)?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <inheritdoc />
    public override IReadOnlyList<SourceRecord> Children(string field) => [];

    /// <inheritdoc />
    public override IReadOnlyList<KeyValuePair<string, string>> Pairs(string field) => [];

    /// <inheritdoc />
    protected override string? Raw(string field)
    {
        var column = table.Header.ToList().IndexOf(field);
        return column >= 0 ? row.Fields[column] : null;
    }
}
