namespace Mes.Contracts.Production.Orders;

/// <summary>One line of the order list.</summary>
/// <param name="OrderNo">Order number.</param>
/// <param name="ProductNo">Product.</param>
/// <param name="LineId">Line.</param>
/// <param name="Quantity">Units ordered.</param>
/// <param name="DueDate">Due (UTC).</param>
/// <param name="Bonded">Consumes bonded material.</param>
/// <param name="Status">Where the order is in its life.</param>
/// <param name="Finished">Units that passed their route.</param>
/// <param name="Scrapped">Units scrapped.</param>
[GenerateSerializer, Immutable, Alias("mes.production.order-summary")]
public sealed record OrderSummary(
    [property: Id(0)] string OrderNo,
    [property: Id(1)] string ProductNo,
    [property: Id(2)] string LineId,
    [property: Id(3)] int Quantity,
    [property: Id(4)] DateTimeOffset DueDate,
    [property: Id(5)] bool Bonded,
    [property: Id(6)] string Status,
    [property: Id(7)] int Finished,
    [property: Id(8)] int Scrapped);
