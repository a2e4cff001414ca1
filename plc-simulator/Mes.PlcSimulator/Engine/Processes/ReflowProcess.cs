using System.Globalization;
using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;

namespace Mes.PlcSimulator.Engine.Processes;

/// <summary>
/// Reflow oven: each zone's temperature follows its writable setpoint from ambient (so Starting is the warm-up);
/// a board records how far the zones were from the profile of the line file when it left.
/// </summary>
internal sealed class ReflowProcess : StationProcess
{
    /// <summary>Heater power added per °C the zone is below its setpoint, %.</summary>
    private const double HeaterGain = 4;

    private readonly ReflowDefinition definition;
    private readonly ProcessValue[] zones;
    private readonly VariableNode[] temperatures;
    private readonly VariableNode[] heaterOutputs;
    private readonly ProcessValue conveyor;
    private readonly VariableNode conveyorReading;

    public ReflowProcess(Station station, ReflowDefinition definition)
        : base(station)
    {
        this.definition = definition;
        var count = definition.ZoneSetpoints.Count;
        zones = new ProcessValue[count];
        temperatures = new VariableNode[count];
        heaterOutputs = new VariableNode[count];
        var zonesNode = Space.AddObject(Machine, "Zones", "Heated zones, 1 at the entrance");
        for (var i = 0; i < count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            zones[i] = new ProcessValue(definition.ZoneTemperature, definition.ZoneTemperature.Nominal, definition.ZoneSetpoints[i],
                Simulation.TickLength, Station.Random);
            var zone = Space.AddObject(zonesNode, number, $"Zone {number}");
            temperatures[i] = Space.AddVariable(zone, "Temperature", VariableType.Double, "Zone temperature", "°C");
            temperatures[i].Set(zones[i].Reading);
            Setpoint(zone, "Setpoint", "Zone temperature setpoint; writable", "°C", zones[i], ReflowLimits.MinSetpoint, ReflowLimits.MaxSetpoint);
            heaterOutputs[i] = Space.AddVariable(zone, "HeaterOutput", VariableType.Double, "Heater power", "%");
            heaterOutputs[i].Set(HeaterOutput(zones[i]));
        }

        conveyor = Value(definition.ConveyorSpeed);
        conveyorReading = Variable("ConveyorSpeed", VariableType.Double, "Conveyor speed", "cm/min");
        conveyorReading.Set(conveyor.Reading);
    }

    public override Verdict Finish(Board board, double cycleSeconds)
    {
        var deviation = 0.0;
        for (var i = 0; i < zones.Length; i++)
        {
            deviation = Math.Max(deviation, Math.Abs(zones[i].Value - definition.ZoneSetpoints[i]));
        }

        board.ReflowDeviation = deviation;
        return BaseVerdict("Board warped");
    }

    /// <summary>
    /// What a proportional controller would give the heater: the power that holds the setpoint against the losses
    /// (proportional to the rise above ambient) plus a gain on the error. For display: the temperature does not depend on it.
    /// </summary>
    private double HeaterOutput(ProcessValue zone)
    {
        var holding = 100 * (zone.Target - definition.ZoneTemperature.Nominal) / (ReflowLimits.MaxSetpoint - definition.ZoneTemperature.Nominal);
        return Math.Round(Math.Clamp(holding + HeaterGain * (zone.Target - zone.Value), 0, 100), 1);
    }

    public override void Tick(long now)
    {
        for (var i = 0; i < zones.Length; i++)
        {
            zones[i].Step(now, Station.Random);
            temperatures[i].Set(zones[i].Reading);
            heaterOutputs[i].Set(HeaterOutput(zones[i]));
        }

        conveyor.Step(now, Station.Random);
        conveyorReading.Set(conveyor.Reading);
    }
}
