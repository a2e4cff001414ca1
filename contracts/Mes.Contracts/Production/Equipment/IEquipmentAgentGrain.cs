using Orleans.Concurrency;

namespace Mes.Contracts.Production.Equipment;

/// <summary>
/// The MES side of one OPC UA endpoint (key <c>eq:&lt;endpoint url&gt;</c>, see
/// <see cref="GrainKey.Equipment"/>): it owns the session and the subscription to every node the
/// equipment mapping names there, and forwards each Publish response to the workstations it concerns,
/// one call per workstation. A reminder keeps it alive, so that when its silo dies it comes back on
/// another within the reminder period.
/// </summary>
[Alias("mes.production.equipment-agent")]
public interface IEquipmentAgentGrain : IGrainWithStringKey
{
    /// <summary>Makes sure the agent runs (registers its keep-alive reminder) and returns its status.</summary>
    [Alias("ensure")]
    Task<EquipmentAgentStatus> Ensure();

    /// <summary>The agent's status.</summary>
    [Alias("get"), AlwaysInterleave]
    Task<EquipmentAgentStatus> Get();
}
