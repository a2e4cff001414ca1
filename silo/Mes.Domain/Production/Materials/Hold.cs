namespace Mes.Domain.Production.Materials;

/// <summary>Why and by whom a lot or unit was put on hold.</summary>
public sealed record Hold(string Reason, string By, DateTimeOffset At);
