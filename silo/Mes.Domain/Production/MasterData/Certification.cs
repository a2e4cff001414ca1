namespace Mes.Domain.Production.MasterData;

/// <summary>An operator's certification for a kind of work, valid until an instant (UTC).</summary>
public sealed record Certification(string Code, DateTimeOffset ValidUntil);
