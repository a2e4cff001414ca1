using System.Globalization;
using System.Text.Json;

namespace Mes.Bench.Load.Plant;

/// <summary>
/// What the terminals of one line need to know from the master data: the product, the main sequence of its route with
/// the workstation each operation runs at and the measurements a passing unit reports, and the slots each workstation
/// is fed at.
/// </summary>
public sealed record LineRoute(string LineId, string ProductNo, IReadOnlyList<RouteStation> Stations)
{
    /// <summary>Reads the route of the product whose BOM is fed at <paramref name="lineId"/>'s workstations.</summary>
    public static LineRoute Of(PlantFiles plant, string lineId)
    {
        ArgumentNullException.ThrowIfNull(plant);
        using var plantJson = JsonDocument.Parse(plant.Files["plant.json"]);
        using var boms = JsonDocument.Parse(plant.Files["boms.json"]);
        using var routes = JsonDocument.Parse(plant.Files["routes.json"]);
        var workstations = plantJson.RootElement.GetProperty("workstations").EnumerateArray()
            .Where(w => w.GetProperty("line").GetString() == lineId)
            .Select(w => (Id: w.GetProperty("id").GetString()!, Type: w.GetProperty("type").GetString()!))
            .ToList();
        var ids = workstations.Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        var bom = boms.RootElement.EnumerateArray()
            .First(b => b.GetProperty("lines").EnumerateArray().All(l => ids.Contains(l.GetProperty("workstation").GetString()!)));
        var productNo = bom.GetProperty("productNo").GetString()!;
        var feeds = bom.GetProperty("lines").EnumerateArray()
            .Select(l => new Feed(l.GetProperty("workstation").GetString()!, l.GetProperty("slot").GetString()!, l.GetProperty("partNo").GetString()!))
            .ToList();
        var route = routes.RootElement.EnumerateArray().Single(r => r.GetProperty("productNo").GetString() == productNo);
        var stations = route.GetProperty("operations").EnumerateArray()
            .Where(o => !(o.TryGetProperty("rework", out var rework) && rework.GetBoolean()))
            .Select(o =>
            {
                var pinned = o.TryGetProperty("workstation", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null;
                var type = o.GetProperty("workstationType").GetString()!;
                var workstation = pinned ?? workstations.First(ws => ws.Type == type).Id;
                var measurements = o.TryGetProperty("testSteps", out var steps)
                    ? steps.EnumerateArray().Select(s => new GoodMeasurement(s.GetProperty("name").GetString()!,
                        ((s.GetProperty("low").GetDecimal() + s.GetProperty("high").GetDecimal()) / 2).ToString(CultureInfo.InvariantCulture))).ToList()
                    : [];
                return new RouteStation(o.GetProperty("id").GetString()!, workstation, [.. feeds.Where(f => f.WorkstationId == workstation)], measurements);
            })
            .ToList();
        return new LineRoute(lineId, productNo, stations);
    }
}

/// <summary>An operation of the main sequence, the workstation it runs at, what is fed there and what a pass measures.</summary>
public sealed record RouteStation(string OperationId, string WorkstationId, IReadOnlyList<Feed> Feeds, IReadOnlyList<GoodMeasurement> Measurements);

/// <summary>A BOM line's feed: the part a slot of a workstation takes.</summary>
public sealed record Feed(string WorkstationId, string Slot, string PartNo);

/// <summary>A test step and a value in the middle of its limits.</summary>
public sealed record GoodMeasurement(string Step, string Value);
