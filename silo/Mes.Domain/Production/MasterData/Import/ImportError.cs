using System.Globalization;

namespace Mes.Domain.Production.MasterData.Import;

/// <summary>
/// Why an import was refused: the file, the row (CSV: the record number as a spreadsheet shows it, header
/// = row 1; JSON: the element's position in its array, from 1) and the field (CSV column, or JSON path
/// inside the element such as <c>operations[3].testSteps[1].low</c>).
/// </summary>
public sealed record ImportError(string File, int? Row, string? Field, string Message)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var row = Row is { } r ? string.Create(CultureInfo.InvariantCulture, $", row {r}") : string.Empty;
        var field = Field is { } f ? $", field {f}" : string.Empty;
        return $"{File}{row}{field}: {Message}";
    }
}
