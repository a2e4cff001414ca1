namespace Mes.PlcSimulator.Events;

/// <summary>The active alarm cleared: its time ran out (repaired) or a Reset cleared it.</summary>
public sealed record FaultCleared(DateTimeOffset At, string Machine, string Code, bool ByReset) : SimulationEvent(At, Machine);
