namespace Mes.PlcSimulator.Definition;

/// <summary>
/// Random faults of a machine: operating time between faults and repair time are exponential with the given means
/// (seconds); which alarm it is, is drawn by weight.
/// </summary>
public sealed record FaultDefinition(double Mtbf, double Mttr, IReadOnlyList<AlarmDefinition> Alarms);
