namespace Mes.Domain.Production.Genealogy;

/// <summary>How much of a lot an order's completed operations consumed, as genealogy recorded it.</summary>
/// <param name="LotNo">The lot.</param>
/// <param name="PartNo">Its part.</param>
/// <param name="Quantity">The quantity booked to the order's units (pick counts where the machine reported them).</param>
public sealed record LotConsumption(string LotNo, string PartNo, decimal Quantity);
