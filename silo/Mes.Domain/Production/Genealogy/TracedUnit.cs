namespace Mes.Domain.Production.Genealogy;

/// <summary>
/// A unit reached from a lot: its order, the shipment it left in (null if not shipped) and
/// <paramref name="Via"/>, the serial of the component that carried the lot into it (null when the unit
/// consumed the lot itself).
/// </summary>
public sealed record TracedUnit(string Serial, string OrderNo, string ProductNo, string? ShipmentNo, string? Via);
