namespace Mes.PlcSimulator.Definition;

/// <summary>
/// A material consumed per board at a machine: a feeder slot of a placer, the board magazine or paste of the
/// printer, a bin at the pack station. Pieces are counted as picks and mispicks (each mispick is one more pick);
/// other units (paste in grams) as a consumed quantity.
/// </summary>
/// <param name="Slot">Slot name as the BOM names it (<c>1</c>, <c>paste</c>, <c>bin-1</c>).</param>
/// <param name="PartNo">The part on the slot.</param>
/// <param name="QtyPerBoard">BOM quantity per board (whole for pieces).</param>
/// <param name="Unit"><c>pcs</c> or a unit of mass or volume such as <c>g</c>.</param>
/// <param name="MispickRate">Probability that one pick is lost (dropped, rejected by vision), for pieces.</param>
public sealed record SlotDefinition(string Slot, string PartNo, decimal QtyPerBoard, string Unit, double MispickRate)
{
    /// <summary>The unit of counted pieces.</summary>
    public const string Pieces = "pcs";

    /// <summary>True when the slot holds counted pieces.</summary>
    public bool IsPieces => Unit == Pieces;
}
