namespace Mes.PlcSimulator.Events;

/// <summary>A setpoint was written (<c>SqueegeePressureSetpoint</c>, <c>Zones.7.Setpoint</c>).</summary>
public sealed record SetpointChanged(DateTimeOffset At, string Machine, string Variable, double Value) : SimulationEvent(At, Machine);
