using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mes.PlcSimulator.Definition;

/// <summary>
/// Reads and validates a line definition file (format in docs/plc-simulator.md). A file with any error is refused
/// whole, with every error found, each naming the JSON path of the field.
/// </summary>
public static partial class LineFile
{
    /// <summary>The only format version there is.</summary>
    public const int FormatVersion = 1;

    private const int MaxMachines = 64;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static LineFileResult Read(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(new LineFileError("$", $"cannot read {path}: {e.Message}"));
        }

        return Parse(json);
    }

    /// <summary>Reads a line definition from JSON text.</summary>
    public static LineFileResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            return Refused(new LineFileError("$", $"not valid JSON: {e.Message}"));
        }

        using (document)
        {
            var errors = new List<LineFileError>();
            var line = ReadLine(document.RootElement, errors);
            return errors.Count == 0 && line is not null ? new LineFileResult(line, []) : new LineFileResult(null, errors);
        }
    }

    private static LineDefinition? ReadLine(JsonElement root, List<LineFileError> errors)
    {
        if (JsonObjectReader.Open(root, string.Empty, errors) is not { } file)
        {
            return null;
        }

        var version = file.Integer("version", NumberRule.Any);
        if (file.Has("version") && version != FormatVersion)
        {
            file.Error("version", $"must be {FormatVersion}");
        }

        var lineId = file.String("line", LineIdPattern(), "<area>-NN, e.g. smt-01");
        var name = file.String("name", fallback: lineId);
        var product = file.String("product");
        var program = file.String("program");
        var serialPrefix = file.String("serialPrefix", SerialPrefixPattern(), "1 to 16 capital letters or digits");
        var autoStart = file.Boolean("autoStart", fallback: true);
        int? orderQuantity = file.Has("orderQuantity") ? file.Integer("orderQuantity", NumberRule.Positive) : null;
        var machines = file.Array("machines", 1, MaxMachines)
            .Select((m, index) => MachineReader.Read(m.Element, m.Path, index, errors))
            .ToList();
        file.RejectUnknownFields();
        RequireUniqueIds(machines, errors);

        return machines.Any(m => m is null)
            ? null
            : new LineDefinition(lineId, name, product, program, serialPrefix, autoStart, orderQuantity, machines!);
    }

    private static void RequireUniqueIds(List<MachineDefinition?> machines, List<LineFileError> errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < machines.Count; i++)
        {
            if (machines[i] is not { } machine)
            {
                continue;
            }

            if (seen.TryGetValue(machine.Id, out var first))
            {
                errors.Add(new LineFileError($"machines[{i}].id", $"'{machine.Id}' is already used by machines[{first}]"));
            }
            else
            {
                seen[machine.Id] = i;
            }
        }
    }

    private static LineFileResult Refused(LineFileError error) => new(null, [error]);

    [GeneratedRegex("^[a-z][a-z0-9]*-[0-9]{2,3}$")]
    private static partial Regex LineIdPattern();

    [GeneratedRegex("^[A-Z0-9]{1,16}$")]
    private static partial Regex SerialPrefixPattern();
}
