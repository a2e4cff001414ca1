using System.Text.Json;

namespace Mes.Domain.Production.MasterData.Import;

/// <summary>
/// The files of a master-data import, by name. Each data set comes as JSON, or as CSV where a table is
/// natural (materials, BOM lines, operators with certifications, downtime reasons); giving both forms of
/// one set is an error, as is an unknown file name.
/// </summary>
public sealed class MasterDataFiles
{
    /// <summary>Every file name the loader reads.</summary>
    public static readonly IReadOnlyList<string> KnownNames =
    [
        "plant.json", "materials.json", "materials.csv", "products.json", "boms.json", "bom-lines.csv", "routes.json",
        "operators.json", "operators.csv", "certifications.csv", "shifts.json", "equipment.json",
        "downtime-reasons.json", "downtime-reasons.csv",
    ];

    private readonly IReadOnlyDictionary<string, string> files;
    private readonly ICollection<ImportError> errors;

    /// <summary>Wraps the files (name → text) and checks their names.</summary>
    public MasterDataFiles(IReadOnlyDictionary<string, string> files, ICollection<ImportError> errors)
    {
        this.files = files;
        this.errors = errors;
        foreach (var name in files.Keys.Where(n => !KnownNames.Contains(n)))
        {
            errors.Add(new ImportError(name, null, null, $"is not a master-data file; expected one of {string.Join(", ", KnownNames)}"));
        }
    }

    /// <summary>True when the file was given.</summary>
    public bool Has(string name) => files.ContainsKey(name);

    /// <summary>The root element of a required JSON file, or null (with an error) when missing or invalid.</summary>
    public JsonElement? Json(string name)
    {
        if (!files.TryGetValue(name, out var text))
        {
            errors.Add(new ImportError(name, null, null, "is missing"));
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            errors.Add(new ImportError(name, null, null,
                FormattableString.Invariant($"is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})")));
            return null;
        }
    }

    /// <summary>The records of a data set given as <paramref name="jsonName"/> (an array of objects) or
    /// <paramref name="csvName"/> (a table with the same field names as header).</summary>
    public IReadOnlyList<SourceRecord> Records(string jsonName, string? csvName, bool required = true)
    {
        if (csvName is not null && Has(jsonName) && Has(csvName))
        {
            errors.Add(new ImportError(csvName, null, null, $"give either {jsonName} or {csvName}, not both"));
            return [];
        }

        if (csvName is not null && Has(csvName))
        {
            return Csv(csvName);
        }

        if (!required && !Has(jsonName))
        {
            return [];
        }

        return Json(jsonName) is { } root ? JsonRecord.Elements(jsonName, string.Empty, root, errors) : [];
    }

    /// <summary>The rows of a CSV file that was given.</summary>
    public IReadOnlyList<SourceRecord> Csv(string name)
    {
        var table = CsvTable.Parse(name, files[name], errors);
        return table.Rows.Select(r => (SourceRecord)new CsvRecord(table, r, errors)).ToList();
    }
}
