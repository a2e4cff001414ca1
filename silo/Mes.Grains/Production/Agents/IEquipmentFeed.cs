using Mes.Contracts.Production.Telemetry;
using Mes.Domain.Production.Machines;

namespace Mes.Grains.Production.Agents;

/// <summary>
/// Data changes from one OPC UA endpoint, for the equipment agent. The implementation lives with the
/// OPC UA stack in the silo host, so that grains do not depend on a protocol.
/// </summary>
public interface IEquipmentFeed
{
    /// <summary>
    /// Connects to <paramref name="endpoint"/>, subscribes to <paramref name="nodes"/> and yields the data
    /// changes of each Publish response, one batch per workstation. The sequence throws when the
    /// connection cannot be made or breaks, and ends only when cancelled.
    /// </summary>
    IAsyncEnumerable<IReadOnlyList<TelemetryBatch>> Open(string endpoint, IReadOnlyList<MonitoredNode> nodes, CancellationToken cancellationToken);
}
