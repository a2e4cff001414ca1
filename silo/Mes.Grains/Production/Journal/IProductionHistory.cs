namespace Mes.Grains.Production.Journal;

/// <summary>
/// The append-only event history of the production aggregates (workstations, units, orders, lots) and the
/// rows derived from it (genealogy, shipments, machine-state intervals, count advances).
/// </summary>
public interface IProductionHistory
{
    /// <summary>
    /// Writes <paramref name="entries"/> (sequences <paramref name="afterSequence"/> + 1 onward) for
    /// <paramref name="aggregateId"/> in one transaction, with their derived rows. Written before the grain
    /// state: rows past <paramref name="afterSequence"/> left by an attempt whose state write failed are
    /// replaced, so history is never behind the state and a retry rewrites the same rows.
    /// </summary>
    Task Append(string aggregateId, long afterSequence, IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken = default);
}
