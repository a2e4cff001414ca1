namespace Mes.PlcSimulator.Engine;

/// <summary>A timer in the event queue: whose, which, and the generation it was set in.</summary>
internal readonly record struct ScheduledTimer(Station Station, TimerKind Kind, long Generation);
