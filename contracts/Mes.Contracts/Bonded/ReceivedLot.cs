namespace Mes.Contracts.Bonded;

/// <summary>
/// A lot a receipt brought onto the book (or into suspense): what the production side registers as a material
/// lot the terminals can load.
/// </summary>
/// <param name="Lot">The lot number.</param>
/// <param name="Part">The part it holds.</param>
/// <param name="StockQuantity">The quantity received, in the stock unit.</param>
/// <param name="StockUnit">The stock unit.</param>
/// <param name="Bonded">True for bonded goods.</param>
/// <param name="Item">The account-book item it is booked on.</param>
/// <param name="SourceLine">The inventory-list line it came in on; null while in suspense.</param>
/// <param name="Origin">The country of origin, if known.</param>
[GenerateSerializer, Immutable, Alias("mes.bonded.received-lot")]
public sealed record ReceivedLot(
    [property: Id(0)] string Lot,
    [property: Id(1)] string Part,
    [property: Id(2)] decimal StockQuantity,
    [property: Id(3)] string StockUnit,
    [property: Id(4)] bool Bonded,
    [property: Id(5)] string Item,
    [property: Id(6)] DocumentReference? SourceLine,
    [property: Id(7)] string? Origin);
