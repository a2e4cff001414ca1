namespace Mes.Domain.Production.MasterData;

/// <summary>The engineering BOM of a product, with the setup (station and slot) of each line.</summary>
public sealed record BillOfMaterials(string ProductNo, IReadOnlyList<BomLine> Lines)
{
    /// <summary>The BOM line fed from <paramref name="slot"/> of <paramref name="workstationId"/>, or null.</summary>
    public BomLine? LineAt(string workstationId, string slot) =>
        Lines.FirstOrDefault(l => l.WorkstationId == workstationId && l.Slot == slot);

    /// <summary>The BOM lines fed at a workstation.</summary>
    public IEnumerable<BomLine> LinesAt(string workstationId) => Lines.Where(l => l.WorkstationId == workstationId);
}
