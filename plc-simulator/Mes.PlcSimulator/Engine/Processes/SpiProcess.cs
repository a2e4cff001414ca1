using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Events;

namespace Mes.PlcSimulator.Engine.Processes;

/// <summary>
/// Solder-paste inspection: measures the board's paste volume with measurement noise, derives the height from the
/// stencil thickness, and rejects a board outside the volume limits.
/// </summary>
internal sealed class SpiProcess : StationProcess
{
    private const double HeightNoise = 1.0;

    private readonly SpiDefinition definition;
    private readonly VariableNode volume;
    private readonly VariableNode height;
    private readonly VariableNode verdict;

    public SpiProcess(Station station, SpiDefinition definition)
        : base(station)
    {
        this.definition = definition;
        volume = Variable("PasteVolume", VariableType.Double, "Mean paste volume of the last board, % of the aperture volume", "%");
        height = Variable("PasteHeight", VariableType.Double, "Mean paste height of the last board", "µm");
        Variable("VolumeLow", VariableType.Double, "Lowest accepted paste volume", "%").Set(definition.VolumeLow);
        Variable("VolumeHigh", VariableType.Double, "Highest accepted paste volume", "%").Set(definition.VolumeHigh);
        verdict = Variable("Verdict", VariableType.String, "Pass or Fail for the last board; empty before the first");
    }

    public override Verdict Finish(Board board, double cycleSeconds)
    {
        var random = Station.Random;
        var measured = Math.Round(board.PasteVolume + definition.MeasurementNoise * random.Normal(), 1);
        var passed = measured >= definition.VolumeLow && measured <= definition.VolumeHigh;
        volume.Set(measured);
        height.Set(Math.Round(definition.NominalHeight * measured / 100 + HeightNoise * random.Normal(), 1));
        Station.Emit(new UnitMeasured(Station.EventTime, Station.Id, board.Serial, "paste-volume", measured, "%", passed));

        var result = passed ? BaseVerdict("Paste bridge")
            : Verdict.Reject(measured < definition.VolumeLow ? "Insufficient paste" : "Excess paste");
        verdict.Set(result.Good ? "Pass" : "Fail");
        return result;
    }
}
