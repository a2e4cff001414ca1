namespace Mes.Domain.Production.Genealogy;

/// <summary>A lot consumed by one unit at one operation, by slot.</summary>
public sealed record ConsumedLot(string Slot, string LotNo, string PartNo, decimal Quantity, QuantitySource Source);
