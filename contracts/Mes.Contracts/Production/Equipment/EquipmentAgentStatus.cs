namespace Mes.Contracts.Production.Equipment;

/// <summary>What an equipment agent is doing: for operations and the dashboard.</summary>
/// <param name="Link">The link to the endpoint.</param>
/// <param name="MasterDataVersion">The master-data version its subscription was built from.</param>
/// <param name="MonitoredNodes">How many nodes it subscribes to.</param>
/// <param name="Workstations">How many workstations those nodes belong to.</param>
/// <param name="Batches">Publish responses forwarded since the agent was activated.</param>
/// <param name="Values">Data changes forwarded since the agent was activated.</param>
/// <param name="LastDataAt">When the last data change arrived (UTC), or null.</param>
/// <param name="ConnectAttempts">Connection attempts since the last success.</param>
/// <param name="Silo">The silo the agent runs on now (it moves when a silo dies).</param>
[GenerateSerializer, Immutable, Alias("mes.production.equipment-agent-status")]
public sealed record EquipmentAgentStatus(
    [property: Id(0)] EquipmentLink Link,
    [property: Id(1)] int MasterDataVersion,
    [property: Id(2)] int MonitoredNodes,
    [property: Id(3)] int Workstations,
    [property: Id(4)] long Batches,
    [property: Id(5)] long Values,
    [property: Id(6)] DateTimeOffset? LastDataAt,
    [property: Id(7)] int ConnectAttempts,
    [property: Id(8)] string Silo);
