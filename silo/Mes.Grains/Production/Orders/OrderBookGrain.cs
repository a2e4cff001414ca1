using Mes.Contracts.Production.Orders;
using Orleans.Concurrency;

namespace Mes.Grains.Production.Orders;

/// <summary>Answers order lists from the read model; a stateless worker, so every silo answers locally.</summary>
[GrainType("order-book"), StatelessWorker]
public sealed class OrderBookGrain(IOrderList orders) : Grain, IOrderBookGrain
{
    /// <inheritdoc />
    public Task<IReadOnlyList<OrderSummary>> List(OrderQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return orders.Find(query with { Limit = Math.Clamp(query.Limit, 1, IOrderBookGrain.MaxLimit) });
    }
}
