using Mes.Domain.Production.Workstations;

namespace Mes.Grains.Production.Oee;

/// <summary>The stored downtimes of workstations: what a downtime Pareto is built from.</summary>
public interface IDowntimeRecords
{
    /// <summary>
    /// The downtimes of the workstations that ended inside or after [from, to) and began before its end,
    /// each with the latest reason reported for it (also one reported after it ended). Only history up to
    /// each workstation's sequence in <paramref name="upToSequence"/> is read, so that it matches the open
    /// downtime the workstation reported with that sequence; a downtime still open is not stored as ended
    /// and so is not here.
    /// </summary>
    Task<IReadOnlyList<Downtime>> Ended(IReadOnlyDictionary<string, long> upToSequence, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken = default);
}
