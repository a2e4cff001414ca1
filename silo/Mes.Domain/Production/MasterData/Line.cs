namespace Mes.Domain.Production.MasterData;

/// <summary>An ISA-95 production line (work cell chain) in an area.</summary>
public sealed record Line(string Id, string AreaId, string Name);
