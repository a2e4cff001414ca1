namespace Mes.Contracts.Production.Units;

/// <summary>Records a unit's shipment.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="ShipmentNo">The shipment (delivery or export declaration) it left in.</param>
[GenerateSerializer, Immutable, Alias("mes.production.ship")]
public sealed record ShipRequest([property: Id(0)] string RequestId, [property: Id(1)] string ShipmentNo);
