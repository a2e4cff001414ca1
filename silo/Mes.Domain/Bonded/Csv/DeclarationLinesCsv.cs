using Mes.Domain.Bonded.Declarations;

namespace Mes.Domain.Bonded.Csv;

/// <summary>Draft inventory-list lines as CSV, in the layout of docs/bonded/declaration-lines.md.</summary>
public static class DeclarationLinesCsv
{
    /// <summary>The layout: the fields of <see cref="DeclarationLineLayout"/>.</summary>
    public static readonly CsvTable<DeclarationLine> Table = new(
        DeclarationLineLayout.Fields.Select(f => (f.Name, (Func<DeclarationLine, string>)(line => CsvCell.Text(f.Value(line))))).ToArray());

    /// <summary>Writes the draft's lines.</summary>
    public static string Write(DeclarationDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Table.Write(draft.Lines);
    }
}
