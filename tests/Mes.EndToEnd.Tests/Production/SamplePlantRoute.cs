using System.Globalization;
using System.Text.Json;
using Mes.Testing;

namespace Mes.EndToEnd.Tests.Production;

/// <summary>
/// What a terminal script needs to know of the shipped sample plant (samples/plant), read from its files:
/// the workstations of a line, where each BOM line of GW-100 is fed, and the route with its test steps.
/// </summary>
public sealed class SamplePlantRoute
{
    private SamplePlantRoute(IReadOnlyList<(string Id, string Type)> workstations, IReadOnlyList<(string Workstation, string Slot, string PartNo)> feeds,
        IReadOnlyList<RouteOperation> operations)
    {
        Workstations = workstations;
        Feeds = feeds;
        Operations = operations;
    }

    /// <summary>The workstations of smt-01 in route order, with their type.</summary>
    public IReadOnlyList<(string Id, string Type)> Workstations { get; }

    /// <summary>Where each BOM line of GW-100 is fed: workstation, slot, part.</summary>
    public IReadOnlyList<(string Workstation, string Slot, string PartNo)> Feeds { get; }

    /// <summary>The operations of GW-100's route, main sequence and rework, in order.</summary>
    public IReadOnlyList<RouteOperation> Operations { get; }

    /// <summary>The main sequence.</summary>
    public IEnumerable<RouteOperation> MainSequence => Operations.Where(o => !o.Rework);

    /// <summary>Reads samples/plant of this checkout.</summary>
    public static SamplePlantRoute Read()
    {
        var folder = Path.Combine(Repository.Root, "samples", "plant");
        using var plant = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "plant.json")));
        using var boms = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "boms.json")));
        using var routes = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "routes.json")));
        var workstations = plant.RootElement.GetProperty("workstations").EnumerateArray()
            .Where(w => w.GetProperty("line").GetString() == "smt-01")
            .Select(w => (w.GetProperty("id").GetString()!, w.GetProperty("type").GetString()!)).ToList();
        var feeds = boms.RootElement.EnumerateArray().Single(b => b.GetProperty("productNo").GetString() == "GW-100")
            .GetProperty("lines").EnumerateArray()
            .Select(l => (l.GetProperty("workstation").GetString()!, l.GetProperty("slot").GetString()!, l.GetProperty("partNo").GetString()!)).ToList();
        var operations = routes.RootElement.EnumerateArray().Single(r => r.GetProperty("productNo").GetString() == "GW-100")
            .GetProperty("operations").EnumerateArray()
            .Select(o =>
            {
                var type = o.GetProperty("workstationType").GetString()!;
                var pinned = o.TryGetProperty("workstation", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null;
                var steps = o.TryGetProperty("testSteps", out var s)
                    ? s.EnumerateArray().Select(step => (step.GetProperty("name").GetString()!, (step.GetProperty("low").GetDecimal() + step.GetProperty("high").GetDecimal()) / 2)).ToList()
                    : [];
                return new RouteOperation(o.GetProperty("id").GetString()!, pinned ?? workstations.First(ws => ws.Item2 == type).Item1,
                    o.TryGetProperty("rework", out var rework) && rework.GetBoolean(), steps);
            }).ToList();
        return new SamplePlantRoute(workstations, feeds, operations);
    }
}

/// <summary>An operation of the route: where it runs and what a passing test measures (the middle of each step's limits).</summary>
public sealed record RouteOperation(string Id, string WorkstationId, bool Rework, IReadOnlyList<(string Step, decimal Value)> GoodMeasurements)
{
    /// <summary>A good measurement's value as the API writes decimals.</summary>
    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
