namespace Mes.Domain.Production.MasterData.Import;

/// <summary>
/// Parses the text of master-data files (see docs/plant/master-data.md) into a new
/// <see cref="PlantMasterData"/> version. Every file is read and checked, cross references included,
/// before anything is returned: the result is the whole version or the full list of errors.
/// </summary>
public static class PlantMasterDataLoader
{
    /// <summary>Loads <paramref name="files"/> (file name → text) as version <paramref name="version"/>.</summary>
    public static ImportResult Load(IReadOnlyDictionary<string, string> files, int version, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<ImportError>();
        var source = new MasterDataFiles(files, errors);
        var plant = PlantReader.Read(source, errors);
        var materials = CatalogReader.Materials(source.Records("materials.json", "materials.csv"));
        var products = CatalogReader.Products(source.Records("products.json", null));
        var boms = BomReader.Read(source, materials, products, plant.Workstations);
        var routes = RouteReader.Read(source.Records("routes.json", null), products, plant.Workstations);
        var operators = OperatorReader.Read(source, errors);
        var shifts = ShiftReader.Read(source.Records("shifts.json", null));
        var equipment = EquipmentReader.Read(source.Records("equipment.json", null), plant.Workstations);
        var reasons = DowntimeReasonReader.Read(source.Records("downtime-reasons.json", "downtime-reasons.csv"));
        if (errors.Count > 0)
        {
            return new ImportResult.Rejected(errors);
        }

        return new ImportResult.Imported(new PlantMasterData
        {
            Version = version,
            ImportedAt = importedAt.ToUniversalTime(),
            Site = plant.Site,
            Areas = plant.Areas,
            Lines = plant.Lines,
            Workstations = plant.Workstations,
            Materials = materials,
            Products = products,
            Boms = boms,
            Routes = routes,
            Operators = operators,
            Shifts = shifts,
            Equipment = equipment,
            DowntimeReasons = reasons,
        });
    }
}
