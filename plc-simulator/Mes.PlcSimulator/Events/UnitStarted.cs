namespace Mes.PlcSimulator.Events;

/// <summary>The machine took a board and began its cycle on it.</summary>
public sealed record UnitStarted(DateTimeOffset At, string Machine, string Serial) : SimulationEvent(At, Machine);
