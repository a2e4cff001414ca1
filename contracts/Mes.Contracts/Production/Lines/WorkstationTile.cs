using Mes.Contracts.Production.Workstations;

namespace Mes.Contracts.Production.Lines;

/// <summary>A workstation as the line dashboard shows it.</summary>
/// <param name="WorkstationId">The workstation.</param>
/// <param name="Name">Its name.</param>
/// <param name="Machine">State, alarm and cumulative counts.</param>
/// <param name="OrderNo">The order worked on, or null.</param>
/// <param name="Operator">The operator logged in, or null.</param>
/// <param name="OpenDowntime">The downtime going on, or null.</param>
/// <param name="Sequence">The workstation's event sequence the tile reflects; a tile with a lower sequence
/// than the one shown is stale.</param>
[GenerateSerializer, Immutable, Alias("mes.production.workstation-tile")]
public sealed record WorkstationTile(
    [property: Id(0)] string WorkstationId,
    [property: Id(1)] string Name,
    [property: Id(2)] MachineStatus Machine,
    [property: Id(3)] string? OrderNo,
    [property: Id(4)] OperatorOnDuty? Operator,
    [property: Id(5)] DowntimeRecord? OpenDowntime,
    [property: Id(6)] long Sequence);
