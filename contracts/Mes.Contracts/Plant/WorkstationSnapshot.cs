namespace Mes.Contracts.Plant;

/// <summary>What the plant knows of a workstation at a moment.</summary>
/// <param name="Id">The workstation id without the grain-key prefix, e.g. <c>smt-01-placer-1</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="LineId">The line it belongs to.</param>
/// <param name="WorkstationType">The kind of station.</param>
/// <param name="RegisteredAt">When it was first registered (UTC).</param>
[GenerateSerializer, Immutable, Alias("mes.plant.workstation-snapshot")]
public sealed record WorkstationSnapshot(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string LineId,
    [property: Id(3)] string WorkstationType,
    [property: Id(4)] DateTimeOffset RegisteredAt);
