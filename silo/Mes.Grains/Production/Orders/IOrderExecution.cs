using Orleans.Concurrency;

namespace Mes.Grains.Production.Orders;

/// <summary>What workstations and units ask of an order grain; not part of the public contracts.</summary>
[Alias("mes.production.order-execution")]
public interface IOrderExecution : IGrainWithStringKey
{
    /// <summary>The order as a workstation works on it, or null when it does not exist.</summary>
    [Alias("assignment"), AlwaysInterleave]
    Task<OrderAssignmentInfo?> Assignment();

    /// <summary>The first unit started.</summary>
    [Alias("unit-started")]
    Task UnitStarted();

    /// <summary>Counts an operation result.</summary>
    [Alias("count-result")]
    Task Count(CountResult result);

    /// <summary>Counts a scrapped unit.</summary>
    [Alias("count-scrap")]
    Task CountScrap(string serial);
}
