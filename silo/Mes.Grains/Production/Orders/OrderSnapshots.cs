using Mes.Contracts.Production.Orders;
using Mes.Domain.Production.Orders;

namespace Mes.Grains.Production.Orders;

/// <summary>From the domain's production order to what the contracts carry.</summary>
public static class OrderSnapshots
{
    /// <summary>The order's snapshot; operations in route order, then any the route no longer names.</summary>
    public static OrderSnapshot From(ProductionOrder order, IReadOnlyList<string> routeOrder, long sequence)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(routeOrder);
        var operations = order.Operations
            .OrderBy(o => routeOrder.Contains(o.Key) ? routeOrder.ToList().IndexOf(o.Key) : int.MaxValue)
            .ThenBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => new OperationYield(o.Key, o.Value.Passed, o.Value.Failed, o.Value.Yield))
            .ToList();
        return new OrderSnapshot(order.OrderNo, order.ProductNo, order.LineId, order.Quantity, order.DueDate, order.Bonded,
            order.NormVersion, order.Status.ToString(), order.MasterDataVersion, order.Serials.Count, order.Finished,
            order.ScrappedSerials.Count, operations, sequence);
    }

    /// <summary>The order's row in the order list.</summary>
    public static OrderSummary Summary(ProductionOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderSummary(order.OrderNo, order.ProductNo, order.LineId, order.Quantity, order.DueDate, order.Bonded,
            order.Status.ToString(), order.Finished, order.ScrappedSerials.Count);
    }
}
