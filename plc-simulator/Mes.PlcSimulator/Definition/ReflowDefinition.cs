namespace Mes.PlcSimulator.Definition;

/// <summary>
/// Reflow oven: zones whose temperatures follow writable setpoints (starting from ambient, so Starting is the
/// warm-up), the dynamics they share, and the conveyor speed (cm/min).
/// </summary>
/// <param name="ZoneSetpoints">The profile: setpoint of zone 1..n, °C.</param>
/// <param name="ZoneTemperature">Dynamics shared by the zones (its nominal is the ambient they start from).</param>
/// <param name="ConveyorSpeed">Conveyor speed.</param>
public sealed record ReflowDefinition(
    IReadOnlyList<double> ZoneSetpoints,
    ProcessValueDefinition ZoneTemperature,
    ProcessValueDefinition ConveyorSpeed);
