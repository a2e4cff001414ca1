namespace Mes.Contracts.Plant;

/// <summary>Registers a workstation on a line.</summary>
/// <param name="Name">Display name shown on terminals and the dashboard.</param>
/// <param name="LineId">The line the workstation belongs to, e.g. <c>smt-01</c>.</param>
/// <param name="WorkstationType">The kind of station, e.g. <c>placer</c>; routings refer to it.</param>
[GenerateSerializer, Immutable, Alias("mes.plant.register-workstation")]
public sealed record RegisterWorkstation(
    [property: Id(0)] string Name,
    [property: Id(1)] string LineId,
    [property: Id(2)] string WorkstationType);
