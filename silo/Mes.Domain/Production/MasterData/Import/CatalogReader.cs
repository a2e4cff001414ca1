using Mes.Domain.Production.Materials;

namespace Mes.Domain.Production.MasterData.Import;

/// <summary>Reads materials (JSON or CSV) and products.</summary>
internal static class CatalogReader
{
    public static IReadOnlyList<Material> Materials(IReadOnlyList<SourceRecord> records)
    {
        var materials = records.Select(r => new Located<Material>(new Material(
            r.Text("partNo"),
            r.Text("description"),
            r.Text("unit"),
            r.Parse<MsdLevel>("msdLevel", t => MsdLevels.TryParse(t, out var level) ? level : null,
                $"an MSD level ({MsdLevels.AcceptedLabels})") ?? MsdLevel.Level1), r)).ToList();
        return LocatedChecks.Unique(materials, m => m.PartNo, "partNo", "part");
    }

    public static IReadOnlyList<Product> Products(IReadOnlyList<SourceRecord> records)
    {
        var products = records.Select(r => new Located<Product>(
            new Product(r.Text("productNo"), r.Text("name"), r.Text("revision")), r)).ToList();
        return LocatedChecks.Unique(products, p => p.ProductNo, "productNo", "product");
    }
}
