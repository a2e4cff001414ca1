namespace Mes.PlcSimulator.Events;

/// <summary>A measurement taken on a board (paste volume at SPI, a test step), with its verdict against the limits.</summary>
public sealed record UnitMeasured(DateTimeOffset At, string Machine, string Serial, string Name, double Value, string Unit, bool Passed)
    : SimulationEvent(At, Machine);
