namespace Mes.Domain.Production.Genealogy;

/// <summary>A unit left the plant in a shipment.</summary>
public sealed record UnitShipment(string Serial, string ShipmentNo);
