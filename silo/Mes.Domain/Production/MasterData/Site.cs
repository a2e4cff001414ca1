namespace Mes.Domain.Production.MasterData;

/// <summary>An ISA-95 site: one plant. Times are stored in UTC; <paramref name="TimeZone"/> (IANA id)
/// places shift boundaries.</summary>
public sealed record Site(string Id, string Name, string TimeZone);
