using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mes.PlcSimulator.Definition;

/// <summary>Reads one entry of <c>machines</c>: the common fields, the faults, the slots and the process section of its type.</summary>
internal static partial class MachineReader
{
    private static readonly Dictionary<string, MachineType> Types = new(StringComparer.Ordinal)
    {
        ["printer"] = MachineType.Printer,
        ["spi"] = MachineType.Spi,
        ["placer"] = MachineType.Placer,
        ["reflow"] = MachineType.Reflow,
        ["aoi"] = MachineType.Aoi,
        ["test"] = MachineType.Test,
        ["pack"] = MachineType.Pack,
    };

    public static MachineDefinition? Read(JsonElement element, string path, int index, List<LineFileError> errors)
    {
        if (JsonObjectReader.Open(element, path, errors) is not { } machine)
        {
            return null;
        }

        var before = errors.Count;
        var id = machine.String("id", NamePattern(), "lower-case letters, digits and dashes, e.g. placer-1");
        var typeName = machine.String("type");
        var known = Types.TryGetValue(typeName, out var type);
        if (!known && typeName.Length > 0)
        {
            machine.Error("type", $"'{typeName}' is not a machine type (one of: {string.Join(", ", Types.Keys)})");
        }

        var name = machine.String("name", fallback: id);
        var idealCycleTime = machine.Number("idealCycleTime", NumberRule.AtMost(3600));
        var variation = machine.Number("cycleTimeVariation", NumberRule.Probability, fallback: 0.05);
        var startingTime = machine.Number("startingTime", NumberRule.Between(0, 7200), fallback: 3);
        var bufferCapacity = ReadBuffer(machine, index);
        var rejectRate = machine.Number("rejectRate", NumberRule.Probability, fallback: 0);
        var faults = machine.Object("faults", required: false) is { } f ? FaultReader.Read(f) : null;
        var slots = SlotReader.ReadAll(machine, type == MachineType.Placer ? 1 : 0);

        var printer = Section(machine, "printer", known && type == MachineType.Printer, ProcessReader.Printer);
        var spi = Section(machine, "spi", known && type == MachineType.Spi, ProcessReader.Spi);
        var placer = Section(machine, "placer", known && type == MachineType.Placer, ProcessReader.Placer);
        var reflow = Section(machine, "reflow", known && type == MachineType.Reflow, ProcessReader.Reflow);
        var aoi = Section(machine, "aoi", known && type == MachineType.Aoi, ProcessReader.Aoi);
        var test = Section(machine, "test", known && type == MachineType.Test, ProcessReader.Test);
        machine.RejectUnknownFields();

        return errors.Count > before || !known
            ? null
            : new MachineDefinition(id, type, name, idealCycleTime, variation, startingTime, bufferCapacity, rejectRate,
                faults, slots, printer, spi, placer, reflow, aoi, test);
    }

    private static int ReadBuffer(JsonObjectReader machine, int index)
    {
        if (index > 0)
        {
            return machine.Integer("bufferCapacity", NumberRule.Between(1, 100));
        }

        if (machine.Has("bufferCapacity"))
        {
            machine.Error("bufferCapacity", "the first machine takes boards from the loader and has no buffer");
        }

        return 0;
    }

    /// <summary>The process section named after the machine type: required for that type, refused on any other.</summary>
    private static T? Section<T>(JsonObjectReader machine, string name, bool belongs, Func<JsonObjectReader, T> read)
        where T : class
    {
        if (!belongs)
        {
            if (machine.Has(name))
            {
                machine.Error(name, $"only a {name} machine has a {name} section");
            }

            return null;
        }

        return machine.Object(name, required: true) is { } section ? read(section) : null;
    }

    /// <summary>Names that end up inside node ids, where a dot would split them.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
