namespace Mes.Domain.Production.MasterData;

/// <summary>
/// One imported version of the plant's production master data. An import yields a whole new version or
/// nothing; orders pin the version they were released under.
/// </summary>
public sealed record PlantMasterData
{
    /// <summary>The version number, one more than the version it replaces.</summary>
    public required int Version { get; init; }

    /// <summary>When the version was imported (UTC).</summary>
    public required DateTimeOffset ImportedAt { get; init; }

    /// <summary>The site.</summary>
    public required Site Site { get; init; }

    /// <summary>Areas of the site.</summary>
    public required IReadOnlyList<Area> Areas { get; init; }

    /// <summary>Lines of the areas.</summary>
    public required IReadOnlyList<Line> Lines { get; init; }

    /// <summary>Workstations of the lines.</summary>
    public required IReadOnlyList<WorkstationDefinition> Workstations { get; init; }

    /// <summary>Materials by part number.</summary>
    public required IReadOnlyList<Material> Materials { get; init; }

    /// <summary>Products.</summary>
    public required IReadOnlyList<Product> Products { get; init; }

    /// <summary>One BOM per product.</summary>
    public required IReadOnlyList<BillOfMaterials> Boms { get; init; }

    /// <summary>One routing per product.</summary>
    public required IReadOnlyList<Route> Routes { get; init; }

    /// <summary>Operators.</summary>
    public required IReadOnlyList<Operator> Operators { get; init; }

    /// <summary>The shift pattern, in the site's time zone.</summary>
    public required IReadOnlyList<Shift> Shifts { get; init; }

    /// <summary>Machines behind the workstations.</summary>
    public required IReadOnlyList<Equipment> Equipment { get; init; }

    /// <summary>Downtime reason codes.</summary>
    public required IReadOnlyList<DowntimeReason> DowntimeReasons { get; init; }

    /// <summary>The material with <paramref name="partNo"/>, or null.</summary>
    public Material? FindMaterial(string partNo) => Materials.FirstOrDefault(m => m.PartNo == partNo);

    /// <summary>The product with <paramref name="productNo"/>, or null.</summary>
    public Product? FindProduct(string productNo) => Products.FirstOrDefault(p => p.ProductNo == productNo);

    /// <summary>The BOM of <paramref name="productNo"/>, or null.</summary>
    public BillOfMaterials? FindBom(string productNo) => Boms.FirstOrDefault(b => b.ProductNo == productNo);

    /// <summary>The routing of <paramref name="productNo"/>, or null.</summary>
    public Route? FindRoute(string productNo) => Routes.FirstOrDefault(r => r.ProductNo == productNo);

    /// <summary>The operator with <paramref name="badge"/>, or null.</summary>
    public Operator? FindOperator(string badge) => Operators.FirstOrDefault(o => o.Badge == badge);

    /// <summary>The workstation with <paramref name="workstationId"/>, or null.</summary>
    public WorkstationDefinition? FindWorkstation(string workstationId) =>
        Workstations.FirstOrDefault(w => w.Id == workstationId);

    /// <summary>The equipment behind <paramref name="workstationId"/>, or null for a manual station.</summary>
    public Equipment? FindEquipment(string workstationId) => Equipment.FirstOrDefault(e => e.WorkstationId == workstationId);

    /// <summary>The downtime reason with <paramref name="code"/>, or null.</summary>
    public DowntimeReason? FindDowntimeReason(string code) => DowntimeReasons.FirstOrDefault(r => r.Code == code);

    /// <summary>The workstations of <paramref name="lineId"/> in route order (as listed).</summary>
    public IEnumerable<WorkstationDefinition> WorkstationsOf(string lineId) => Workstations.Where(w => w.LineId == lineId);

    /// <summary>The shift calendar in the site's time zone.</summary>
    public ShiftCalendar ShiftCalendar() => new(TimeZoneInfo.FindSystemTimeZoneById(Site.TimeZone), Shifts);
}
