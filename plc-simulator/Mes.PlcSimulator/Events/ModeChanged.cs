namespace Mes.PlcSimulator.Events;

/// <summary>The machine's unit mode changed (Production, Maintenance, Manual).</summary>
public sealed record ModeChanged(DateTimeOffset At, string Machine, string Mode) : SimulationEvent(At, Machine);
