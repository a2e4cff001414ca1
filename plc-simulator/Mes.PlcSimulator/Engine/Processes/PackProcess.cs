namespace Mes.PlcSimulator.Engine.Processes;

/// <summary>Manual assembly and pack: fits the parts of its bins (counted by its slots) and packs the board.</summary>
internal sealed class PackProcess(Station station) : StationProcess(station)
{
    public override Verdict Finish(Board board, double cycleSeconds) => BaseVerdict("Damaged in handling");
}
