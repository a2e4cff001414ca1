namespace Mes.Domain.Production.MasterData.Import;

/// <summary>The ISA-95 equipment hierarchy read from plant.json.</summary>
internal sealed record PlantLayout(
    Site Site,
    IReadOnlyList<Area> Areas,
    IReadOnlyList<Line> Lines,
    IReadOnlyList<WorkstationDefinition> Workstations);
