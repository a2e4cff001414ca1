namespace Mes.Grains.Production.Units;

/// <summary>A lot a unit consumed at an operation, by slot.</summary>
/// <param name="Slot">The slot.</param>
/// <param name="LotNo">The lot.</param>
/// <param name="PartNo">Its part.</param>
/// <param name="Quantity">How much.</param>
/// <param name="FromPickCount">True when the quantity is the machine's pick count, false for the BOM quantity.</param>
[GenerateSerializer, Immutable, Alias("mes.production.consumed-lot-line")]
public sealed record ConsumedLotLine(
    [property: Id(0)] string Slot,
    [property: Id(1)] string LotNo,
    [property: Id(2)] string PartNo,
    [property: Id(3)] decimal Quantity,
    [property: Id(4)] bool FromPickCount);
