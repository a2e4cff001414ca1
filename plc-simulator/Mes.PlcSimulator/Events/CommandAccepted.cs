namespace Mes.PlcSimulator.Events;

/// <summary>A command from outside (a method call or a write) was accepted; what it did follows as its own events.</summary>
public sealed record CommandAccepted(DateTimeOffset At, string Machine, string Command) : SimulationEvent(At, Machine);
