namespace Mes.PlcSimulator.Definition;

/// <summary>
/// A process value that wanders around its target and returns to it (an Ornstein–Uhlenbeck process), with
/// occasional excursions that decay away.
/// </summary>
/// <param name="Nominal">The target (or the initial setpoint, for values that follow a setpoint).</param>
/// <param name="Noise">Standard deviation of the value around its target, once settled.</param>
/// <param name="ReversionTime">Time constant, in seconds, with which the value returns to its target.</param>
/// <param name="Resolution">The step the value is published in (what the sensor resolves).</param>
/// <param name="Excursions">Occasional disturbances; null for none.</param>
public sealed record ProcessValueDefinition(
    double Nominal,
    double Noise,
    double ReversionTime,
    double Resolution,
    ExcursionDefinition? Excursions);
