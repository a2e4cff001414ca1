namespace Mes.Domain.Production.Genealogy;

/// <summary>Where a consumed quantity comes from.</summary>
public enum QuantitySource
{
    /// <summary>The machine's pick counters for the slot (picks minus mispicks since the last unit).</summary>
    PickCount,
    /// <summary>The BOM quantity per unit: the machine reports no picks for the slot.</summary>
    BomQtyPer,
}
