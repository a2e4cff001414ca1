namespace Mes.PlcSimulator.Events;

/// <summary>The machine went from one PackML state to another.</summary>
public sealed record StateChanged(DateTimeOffset At, string Machine, string From, string To) : SimulationEvent(At, Machine);
