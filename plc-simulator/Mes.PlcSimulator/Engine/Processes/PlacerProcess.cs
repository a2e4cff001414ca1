using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;

namespace Mes.PlcSimulator.Engine.Processes;

/// <summary>
/// Pick-and-place: the nozzle vacuum wanders and, when it sags, raises the mispick rate of every slot
/// (VacuumEffect); publishes the placement rate of the last board.
/// </summary>
internal sealed class PlacerProcess : StationProcess
{
    private readonly PlacerDefinition definition;
    private readonly ProcessValue vacuum;
    private readonly VariableNode vacuumReading;
    private readonly VariableNode placementRate;
    private readonly int placementsPerBoard;

    public PlacerProcess(Station station, PlacerDefinition definition)
        : base(station)
    {
        this.definition = definition;
        vacuum = Value(definition.NozzleVacuum);
        vacuumReading = Variable("NozzleVacuum", VariableType.Double, "Nozzle vacuum below ambient", "kPa");
        placementRate = Variable("PlacementRate", VariableType.Double, "Components placed per hour on the last board", "1/h");
        placementsPerBoard = station.Definition.Slots.Where(s => s.IsPieces).Sum(s => (int)s.QtyPerBoard);
        vacuumReading.Set(vacuum.Reading);
    }

    public override double MispickFactor => definition.VacuumEffect.Factor(Math.Abs(vacuum.Value - definition.NozzleVacuum.Nominal));

    public override Verdict Finish(Board board, double cycleSeconds)
    {
        placementRate.Set(Math.Round(placementsPerBoard / cycleSeconds * 3600, 0));
        return BaseVerdict("Misplaced component");
    }

    public override void Tick(long now)
    {
        vacuum.Step(now, Station.Random);
        vacuumReading.Set(vacuum.Reading);
    }
}
