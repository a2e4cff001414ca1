namespace Mes.Contracts.Production.Lines;

/// <summary>The live picture of a line.</summary>
/// <param name="LineId">The line.</param>
/// <param name="Name">Its name.</param>
/// <param name="Cursor">Pass it to <see cref="ILineGrain.WaitForChange"/> to wait for the next change.</param>
/// <param name="Workstations">The workstations in route order.</param>
[GenerateSerializer, Immutable, Alias("mes.production.line-view")]
public sealed record LineView(
    [property: Id(0)] string LineId,
    [property: Id(1)] string Name,
    [property: Id(2)] LineCursor Cursor,
    [property: Id(3)] IReadOnlyList<WorkstationTile> Workstations);
