namespace Mes.Domain.Production.Oee;

/// <summary>The OEE of one workstation over a window.</summary>
public sealed record WorkstationOee(string WorkstationId, DateTimeOffset From, DateTimeOffset To, OeeFigures Figures);
