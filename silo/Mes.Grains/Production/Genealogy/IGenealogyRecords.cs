using Mes.Domain.Production.Genealogy;

namespace Mes.Grains.Production.Genealogy;

/// <summary>The stored genealogy: one operation record per completed operation, with its lots and components.</summary>
public interface IGenealogyRecords
{
    /// <summary>The records of a unit and of every component fitted into it, transitively.</summary>
    Task<IReadOnlyList<OperationRecord>> Behind(string serial, CancellationToken cancellationToken = default);

    /// <summary>The records of every unit that consumed a lot and of every unit those went into, transitively.</summary>
    Task<IReadOnlyList<OperationRecord>> ReachedFrom(string lotNo, CancellationToken cancellationToken = default);

    /// <summary>The lots an order's completed operations consumed, with the quantities booked, by lot.</summary>
    Task<IReadOnlyList<LotConsumption>> ConsumedBy(string orderNo, CancellationToken cancellationToken = default);

    /// <summary>The shipments of the given units.</summary>
    Task<IReadOnlyList<UnitShipment>> Shipments(IReadOnlyCollection<string> serials, CancellationToken cancellationToken = default);
}
