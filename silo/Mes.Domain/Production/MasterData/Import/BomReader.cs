namespace Mes.Domain.Production.MasterData.Import;

/// <summary>
/// Reads BOMs: boms.json (one object per product with its lines) or bom-lines.csv (one row per line with
/// its productNo). Checks parts, products and workstations exist, slots are not used twice, and a BOM
/// line counted in pieces lists one reference designator per piece when it lists any.
/// </summary>
internal static class BomReader
{
    public static IReadOnlyList<BillOfMaterials> Read(
        MasterDataFiles files,
        IReadOnlyList<Material> materials,
        IReadOnlyList<Product> products,
        IReadOnlyList<WorkstationDefinition> workstations)
    {
        var lines = new List<(string ProductNo, Located<BomLine> Line)>();
        if (files.Has("bom-lines.csv") && !files.Has("boms.json"))
        {
            foreach (var row in files.Csv("bom-lines.csv"))
            {
                lines.Add((Product(row, products), Line(row, materials, workstations)));
            }
        }
        else
        {
            foreach (var bom in files.Records("boms.json", "bom-lines.csv"))
            {
                var productNo = Product(bom, products);
                lines.AddRange(bom.Children("lines").Select(line => (productNo, Line(line, materials, workstations))));
            }
        }

        var boms = new List<BillOfMaterials>();
        foreach (var group in lines.GroupBy(l => l.ProductNo))
        {
            var located = group.Select(l => l.Line).ToList();
            LocatedChecks.Unique(located, l => $"{l.WorkstationId} slot {l.Slot}", "slot", "feed position");
            boms.Add(new BillOfMaterials(group.Key, located.Select(l => l.Value).ToList()));
        }

        return boms;
    }

    private static string Product(SourceRecord record, IReadOnlyList<Product> products)
    {
        var productNo = record.Text("productNo");
        if (productNo.Length > 0 && products.All(p => p.ProductNo != productNo))
        {
            record.Error("productNo", $"product {productNo} is not in products.json");
        }

        return productNo;
    }

    private static Located<BomLine> Line(SourceRecord record, IReadOnlyList<Material> materials, IReadOnlyList<WorkstationDefinition> workstations)
    {
        var line = new BomLine(record.Text("partNo"), record.Decimal("qtyPer"), record.List("referenceDesignators"),
            record.Text("workstation"), record.Text("slot"));
        var material = materials.FirstOrDefault(m => m.PartNo == line.PartNo);
        if (line.PartNo.Length > 0 && material is null)
        {
            record.Error("partNo", $"part {line.PartNo} is not among the materials");
        }

        if (line.QtyPer <= 0)
        {
            record.Error("qtyPer", "must be more than 0");
        }

        if (line.WorkstationId.Length > 0 && workstations.All(w => w.Id != line.WorkstationId))
        {
            record.Error("workstation", $"workstation {line.WorkstationId} is not in plant.json");
        }

        if (material?.Unit == "pcs" && line.ReferenceDesignators.Count > 0 && line.ReferenceDesignators.Count != line.QtyPer)
        {
            record.Error("referenceDesignators",
                FormattableString.Invariant($"lists {line.ReferenceDesignators.Count} designators for a quantity of {line.QtyPer}"));
        }

        return new Located<BomLine>(line, record);
    }
}
