namespace Mes.Domain.Production.MasterData;

/// <summary>
/// A workstation of a line in master data. <paramref name="Type"/> (printer, spi, placer, reflow, aoi,
/// test, pack, rework) is what a routing operation asks for.
/// </summary>
public sealed record WorkstationDefinition(string Id, string LineId, string Name, string Type);
