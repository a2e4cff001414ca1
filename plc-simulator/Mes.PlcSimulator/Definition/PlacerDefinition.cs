namespace Mes.PlcSimulator.Definition;

/// <summary>Pick-and-place: nozzle vacuum (kPa below ambient) whose drift raises the mispick rate of every slot.</summary>
public sealed record PlacerDefinition(ProcessValueDefinition NozzleVacuum, DriftEffectDefinition VacuumEffect);
