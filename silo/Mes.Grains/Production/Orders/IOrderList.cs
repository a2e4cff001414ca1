using Mes.Contracts.Production.Orders;

namespace Mes.Grains.Production.Orders;

/// <summary>The order read model: one row per order, for lists.</summary>
public interface IOrderList
{
    /// <summary>Writes the order's row as of <paramref name="sequence"/> (an older sequence never overwrites a newer).</summary>
    Task Save(OrderSummary order, long sequence, CancellationToken cancellationToken = default);

    /// <summary>Orders matching the query, by order number.</summary>
    Task<IReadOnlyList<OrderSummary>> Find(OrderQuery query, CancellationToken cancellationToken = default);
}
