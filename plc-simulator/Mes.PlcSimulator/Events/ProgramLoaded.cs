namespace Mes.PlcSimulator.Events;

/// <summary>A program (recipe) was loaded by LoadProgram.</summary>
public sealed record ProgramLoaded(DateTimeOffset At, string Machine, string Program) : SimulationEvent(At, Machine);
