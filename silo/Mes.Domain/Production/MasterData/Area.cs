namespace Mes.Domain.Production.MasterData;

/// <summary>An ISA-95 area of a site, e.g. the SMT hall.</summary>
public sealed record Area(string Id, string SiteId, string Name);
