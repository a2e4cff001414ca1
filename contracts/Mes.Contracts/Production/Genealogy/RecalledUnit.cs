namespace Mes.Contracts.Production.Genealogy;

/// <summary>A unit reached from a lot.</summary>
/// <param name="Serial">The unit.</param>
/// <param name="OrderNo">Its order.</param>
/// <param name="ProductNo">Its product.</param>
/// <param name="ShipmentNo">The shipment it left in, or null when still in the plant.</param>
/// <param name="Via">The component serial that carried the lot into it, or null when it used the lot itself.</param>
[GenerateSerializer, Immutable, Alias("mes.production.recalled-unit")]
public sealed record RecalledUnit(
    [property: Id(0)] string Serial,
    [property: Id(1)] string OrderNo,
    [property: Id(2)] string ProductNo,
    [property: Id(3)] string? ShipmentNo,
    [property: Id(4)] string? Via);
