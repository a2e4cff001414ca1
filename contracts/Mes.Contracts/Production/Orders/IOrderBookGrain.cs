namespace Mes.Contracts.Production.Orders;

/// <summary>The list of production orders, read from the order read model (a stateless worker; any key).</summary>
[Alias("mes.production.order-book")]
public interface IOrderBookGrain : IGrainWithIntegerKey
{
    /// <summary>The most orders one query returns.</summary>
    public const int MaxLimit = 500;

    /// <summary>Orders matching <paramref name="query"/>, newest due date last, at most its limit.</summary>
    [Alias("list")]
    Task<IReadOnlyList<OrderSummary>> List(OrderQuery query);
}
