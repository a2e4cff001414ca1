namespace Mes.Domain.Production.MasterData;

/// <summary>
/// One worked shift: its name, the production day it belongs to (the local date it starts on) and its
/// boundaries in UTC, [Start, End).
/// </summary>
public sealed record ShiftWindow(string Shift, DateOnly ProductionDay, DateTimeOffset Start, DateTimeOffset End);
