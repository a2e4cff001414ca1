namespace Mes.PlcSimulator.Definition;

/// <summary>
/// Disturbances of a process value: they arrive on average every <see cref="MeanInterval"/> seconds, shift the
/// target by about <see cref="Size"/> (between half and one and a half times it), and decay with the time constant
/// <see cref="RecoveryTime"/>.
/// </summary>
public sealed record ExcursionDefinition(double MeanInterval, double Size, double RecoveryTime);
