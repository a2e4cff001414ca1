using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.MasterData.Import;

namespace Mes.Domain.Tests.Production;

/// <summary>The shipped sample plant (samples/plant), loaded once through the real loader.</summary>
internal static class SamplePlant
{
    /// <summary>10:00 on 1 June 2026 in Kashgar's plant clock (Asia/Shanghai), inside the day shift.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<PlantMasterData> Loaded = new(() =>
        PlantMasterDataLoader.Load(JsonFiles(), 1, Now) switch
        {
            ImportResult.Imported imported => imported.MasterData,
            ImportResult.Rejected rejected => throw new InvalidOperationException(string.Join('\n', rejected.Errors)),
            _ => throw new InvalidOperationException("unknown import result"),
        });

    public static PlantMasterData MasterData => Loaded.Value;

    public static Route Gw100 => MasterData.FindRoute("GW-100")!;

    public static BillOfMaterials Gw100Bom => MasterData.FindBom("GW-100")!;

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "plant");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("samples/plant not found above the test binaries");
        }
    }

    /// <summary>The sample in its all-JSON form.</summary>
    public static Dictionary<string, string> JsonFiles() =>
        Directory.GetFiles(Folder, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    /// <summary>The sample with the tables that have a CSV form given as CSV.</summary>
    public static Dictionary<string, string> CsvFiles()
    {
        var files = JsonFiles();
        foreach (var json in new[] { "materials.json", "boms.json", "operators.json", "downtime-reasons.json" })
        {
            files.Remove(json);
        }

        foreach (var csv in Directory.GetFiles(Path.Combine(Folder, "csv"), "*.csv"))
        {
            files[Path.GetFileName(csv)] = File.ReadAllText(csv);
        }

        return files;
    }

    public static WorkstationDefinition Workstation(string id) => MasterData.FindWorkstation(id)!;

    public static Operator Operator(string badge) => MasterData.FindOperator(badge)!;

    /// <summary>Zhang Min, certified for every operation until the end of 2027.</summary>
    public static Operator Supervisor => Operator("B1004");
}
