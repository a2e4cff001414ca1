using System.Globalization;
using System.Text.Json.Nodes;

namespace Mes.Bench.Load.Plant;

/// <summary>
/// Production master data as the import takes it (file name → text). <see cref="WithLines"/> grows the sample plant,
/// whose files describe line <c>smt-01</c> only, to as many lines as the simulator serves (<c>--lines N</c> serves
/// <c>smt-01</c>…<c>smt-NN</c>): every line a copy of <c>smt-01</c> with its own workstations, machines and product
/// (a BOM names the workstations it is fed at, so each line builds its own copy of GW-100), and operators with badges.
/// </summary>
public sealed class PlantFiles
{
    private const string FirstLine = "smt-01";
    private const string SampleProduct = "GW-100";

    private PlantFiles(IReadOnlyDictionary<string, string> files) => Files = files;

    /// <summary>The files by name.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>Reads the JSON files of a plant folder (the sample: <c>samples/plant</c>).</summary>
    public static PlantFiles Read(string folder) =>
        new(Directory.GetFiles(folder, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal));

    /// <summary>The id of the <paramref name="number"/>-th line, as the simulator names its copies.</summary>
    public static string LineId(int number) => string.Create(CultureInfo.InvariantCulture, $"smt-{number:00}");

    /// <summary>The product line <paramref name="number"/> builds: the sample's own on the first line.</summary>
    public static string ProductOf(int number) =>
        number == 1 ? SampleProduct : string.Create(CultureInfo.InvariantCulture, $"{SampleProduct}-{number:00}");

    /// <summary>
    /// The plant with <paramref name="lines"/> copies of the first line, the machines of the first
    /// <paramref name="machineLines"/> lines at <paramref name="endpoint"/> (the others are manual lines: the simulator
    /// serves no more), and an operator for each of <paramref name="badges"/>, certified for every operation of the routes.
    /// </summary>
    public PlantFiles WithLines(int lines, int machineLines, string endpoint, IReadOnlyCollection<string> badges)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lines, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(machineLines, lines);
        ArgumentNullException.ThrowIfNull(badges);
        var plant = Parse("plant.json").AsObject();
        var lineNodes = plant["lines"]!.AsArray();
        var stations = plant["workstations"]!.AsArray();
        var firstLine = lineNodes.Single(l => (string?)l!["id"] == FirstLine)!;
        var firstStations = stations.Where(w => (string?)w!["line"] == FirstLine).ToList();
        var products = Parse("products.json").AsArray();
        var sampleProduct = products.Single(p => (string?)p!["productNo"] == SampleProduct)!;
        var boms = Parse("boms.json").AsArray();
        var sampleBom = boms.Single(b => (string?)b!["productNo"] == SampleProduct)!;
        var routes = Parse("routes.json").AsArray();
        var sampleRoute = routes.Single(r => (string?)r!["productNo"] == SampleProduct)!;
        var equipment = Parse("equipment.json").AsArray();
        var firstMachines = equipment.Where(e => ((string?)e!["workstation"])!.StartsWith(FirstLine + "-", StringComparison.Ordinal)).ToList();

        for (var number = 2; number <= lines; number++)
        {
            var line = LineId(number);
            var product = ProductOf(number);
            var copy = Copy(firstLine, line, product);
            copy["name"] = string.Create(CultureInfo.InvariantCulture, $"SMT line {number}");
            lineNodes.Add(copy);
            foreach (var station in firstStations)
            {
                stations.Add(Copy(station!, line, product));
            }
            products.Add(Copy(sampleProduct, line, product));
            boms.Add(Copy(sampleBom, line, product));
            routes.Add(Copy(sampleRoute, line, product));
            if (number <= machineLines)
            {
                foreach (var machine in firstMachines)
                {
                    equipment.Add(Copy(machine!, line, product));
                }
            }
        }
        foreach (var machine in equipment)
        {
            machine!["endpoint"] = endpoint;
        }

        var operators = Parse("operators.json").AsArray();
        var certifications = routes.SelectMany(r => r!["operations"]!.AsArray()).Select(o => (string)o!["certification"]!).Distinct(StringComparer.Ordinal).ToList();
        var known = operators.Select(o => (string)o!["badge"]!).ToHashSet(StringComparer.Ordinal);
        foreach (var badge in badges.Where(b => !known.Contains(b)))
        {
            operators.Add(new JsonObject
            {
                ["badge"] = badge,
                ["name"] = "Load operator " + badge,
                ["certifications"] = new JsonArray([.. certifications.Select(c => (JsonNode)new JsonObject { ["code"] = c, ["validUntil"] = "2099-12-31T23:59:59+00:00" })]),
            });
        }

        var files = new Dictionary<string, string>(Files, StringComparer.Ordinal)
        {
            ["plant.json"] = plant.ToJsonString(),
            ["products.json"] = products.ToJsonString(),
            ["boms.json"] = boms.ToJsonString(),
            ["routes.json"] = routes.ToJsonString(),
            ["equipment.json"] = equipment.ToJsonString(),
            ["operators.json"] = operators.ToJsonString(),
        };
        return new PlantFiles(files);
    }

    /// <summary>Writes the files into <paramref name="folder"/> (for <c>MasterData:SamplesPath</c>).</summary>
    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in Files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }

    private JsonNode Parse(string name) => JsonNode.Parse(Files[name]) ?? throw new InvalidDataException($"{name} is empty");

    // Every id of the first line starts with its line id, and the sample product's number appears only where the
    // product is meant, so a textual copy renames exactly the line's ids and the product.
    private static JsonNode Copy(JsonNode node, string line, string product) =>
        JsonNode.Parse(node.ToJsonString()
            .Replace(FirstLine, line, StringComparison.Ordinal)
            .Replace($"\"{SampleProduct}\"", $"\"{product}\"", StringComparison.Ordinal))!;
}
