using System.Text.Json;

namespace Mes.Domain.Production.MasterData.Import;

/// <summary>Reads plant.json: the site (with its time zone), areas, lines and workstations.</summary>
internal static class PlantReader
{
    private const string File = "plant.json";

    public static PlantLayout Read(MasterDataFiles files, ICollection<ImportError> errors)
    {
        var root = files.Json(File);
        if (root is not { ValueKind: JsonValueKind.Object } plant)
        {
            if (root is not null)
            {
                errors.Add(new ImportError(File, null, null, "must be a JSON object with site, areas, lines and workstations"));
            }

            return new PlantLayout(new Site(string.Empty, string.Empty, "UTC"), [], [], []);
        }

        var site = ReadSite(plant, errors);
        var areas = Section(plant, "areas", errors).Select(r =>
        {
            var area = new Area(r.Text("id"), r.Text("site"), r.Text("name"));
            if (area.SiteId.Length > 0 && area.SiteId != site.Id)
            {
                r.Error("site", $"site {area.SiteId} is not the site {site.Id} of this file");
            }

            return new Located<Area>(area, r);
        }).ToList();
        var uniqueAreas = LocatedChecks.Unique(areas, a => a.Id, "id", "area");
        var areaIds = uniqueAreas.Select(a => a.Id).ToHashSet();

        var lines = Section(plant, "lines", errors).Select(r =>
        {
            var line = new Line(r.Text("id"), r.Text("area"), r.Text("name"));
            if (line.AreaId.Length > 0 && !areaIds.Contains(line.AreaId))
            {
                r.Error("area", $"area {line.AreaId} is not among the areas");
            }

            return new Located<Line>(line, r);
        }).ToList();
        var uniqueLines = LocatedChecks.Unique(lines, l => l.Id, "id", "line");
        var lineIds = uniqueLines.Select(l => l.Id).ToHashSet();

        var workstations = Section(plant, "workstations", errors).Select(r =>
        {
            var workstation = new WorkstationDefinition(r.Text("id"), r.Text("line"), r.Text("name"), r.Text("type"));
            if (workstation.LineId.Length > 0 && !lineIds.Contains(workstation.LineId))
            {
                r.Error("line", $"line {workstation.LineId} is not among the lines");
            }

            return new Located<WorkstationDefinition>(workstation, r);
        }).ToList();

        return new PlantLayout(site, uniqueAreas, uniqueLines, LocatedChecks.Unique(workstations, w => w.Id, "id", "workstation"));
    }

    private static Site ReadSite(JsonElement plant, ICollection<ImportError> errors)
    {
        if (!plant.TryGetProperty("site", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ImportError(File, null, "site", "must be an object with id, name and timeZone"));
            return new Site(string.Empty, string.Empty, "UTC");
        }

        var record = new JsonRecord(File, 1, "site", element, errors);
        var site = new Site(record.Text("id"), record.Text("name"), record.Text("timeZone"));
        if (site.TimeZone.Length > 0 && !TimeZoneInfo.TryFindSystemTimeZoneById(site.TimeZone, out _))
        {
            record.Error("timeZone", $"'{site.TimeZone}' is not a known time zone (IANA id such as Asia/Shanghai)");
        }

        return site;
    }

    private static IReadOnlyList<SourceRecord> Section(JsonElement plant, string name, ICollection<ImportError> errors)
    {
        if (!plant.TryGetProperty(name, out var array))
        {
            errors.Add(new ImportError(File, null, name, "is missing"));
            return [];
        }

        return JsonRecord.Elements(File, name, array, errors);
    }
}
