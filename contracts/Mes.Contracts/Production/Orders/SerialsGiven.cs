namespace Mes.Contracts.Production.Orders;

/// <summary>Serials an order issued or registered, and the order afterwards.</summary>
/// <param name="Serials">The serials of this request, in order.</param>
/// <param name="Order">The order.</param>
[GenerateSerializer, Immutable, Alias("mes.production.serials-given")]
public sealed record SerialsGiven(
    [property: Id(0)] IReadOnlyList<string> Serials,
    [property: Id(1)] OrderSnapshot Order);
