namespace Mes.Contracts.Production.Orders;

/// <summary>Which orders to list.</summary>
/// <param name="LineId">Only this line, or null for all.</param>
/// <param name="Status">Only this status (<c>Released</c>, …), or null for all.</param>
/// <param name="AfterOrderNo">Continue after this order number (paging), or null from the start.</param>
/// <param name="Limit">At most this many (1–500).</param>
[GenerateSerializer, Immutable, Alias("mes.production.order-query")]
public sealed record OrderQuery(
    [property: Id(0)] string? LineId,
    [property: Id(1)] string? Status,
    [property: Id(2)] string? AfterOrderNo,
    [property: Id(3)] int Limit);
