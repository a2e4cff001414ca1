using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;

namespace Mes.PlcSimulator.Engine.Processes;

/// <summary>
/// Optical inspection: the reject probability is the machine's base rate times the paste factor (deviation of
/// the board's paste volume from 100 %) times the temperature factor (the board's reflow deviation). The defect
/// named is drawn in proportion to what raised the rate: paste (insufficient solder or bridge), temperature (cold
/// joint) or neither (a placement defect).
/// </summary>
internal sealed class AoiProcess : StationProcess
{
    private static readonly string[] PlacementDefects = ["Missing component", "Tombstone", "Wrong polarity"];

    private readonly AoiDefinition definition;
    private readonly VariableNode verdict;
    private readonly VariableNode defect;

    public AoiProcess(Station station, AoiDefinition definition)
        : base(station)
    {
        this.definition = definition;
        verdict = Variable("Verdict", VariableType.String, "Pass or Fail for the last board; empty before the first");
        defect = Variable("Defect", VariableType.String, "Defect found on the last board; empty when it passed");
    }

    public override Verdict Finish(Board board, double cycleSeconds)
    {
        var random = Station.Random;
        var pasteFactor = definition.Paste.Factor(Math.Abs(board.PasteVolume - 100));
        var temperatureFactor = definition.Temperature.Factor(board.ReflowDeviation);
        var probability = Math.Min(1, Station.Definition.RejectRate * pasteFactor * temperatureFactor);
        var result = Verdict.Pass;
        if (random.Chance(probability))
        {
            var cause = random.NextDouble() * (pasteFactor + temperatureFactor - 1);
            result = Verdict.Reject(cause < 1 ? PlacementDefects[(int)(random.NextDouble() * PlacementDefects.Length)]
                : cause < pasteFactor ? (board.PasteVolume < 100 ? "Insufficient solder" : "Solder bridge")
                : "Cold solder joint");
        }

        verdict.Set(result.Good ? "Pass" : "Fail");
        defect.Set(result.Defect ?? string.Empty);
        return result;
    }
}
