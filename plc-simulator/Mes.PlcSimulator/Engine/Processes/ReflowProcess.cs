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
    private readonly ReflowDefinition definition;
    private readonly ProcessValue[] zones;
    private readonly VariableNode[] temperatures;
    private readonly ProcessValue conveyor;
    private readonly VariableNode conveyorReading;

    public ReflowProcess(Station station, ReflowDefinition definition)
        : base(station)
    {
        this.definition = definition;
        var count = definition.ZoneSetpoints.Count;
        zones = new ProcessValue[count];
        temperatures = new VariableNode[count];
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

    public override void Tick(long now)
    {
        for (var i = 0; i < zones.Length; i++)
        {
            zones[i].Step(now, Station.Random);
            temperatures[i].Set(zones[i].Reading);
        }

        conveyor.Step(now, Station.Random);
        conveyorReading.Set(conveyor.Reading);
    }
}
