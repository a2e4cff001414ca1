using Mes.Domain.Production.Materials;

namespace Mes.Domain.Production.MasterData;

/// <summary>A purchased material: part number, unit of measure and moisture sensitivity.</summary>
public sealed record Material(string PartNo, string Description, string Unit, MsdLevel MsdLevel);
