using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Events;

namespace Mes.PlcSimulator.Engine.Processes;

/// <summary>
/// In-circuit and functional test: measures every step of the test program on each board
/// (<c>Steps.&lt;name&gt;.Value</c>, <c>.Passed</c>); the board fails when any step is outside its limits.
/// </summary>
internal sealed class TestProcess : StationProcess
{
    private readonly TestStepDefinition[] steps;
    private readonly VariableNode[] values;
    private readonly VariableNode[] passed;
    private readonly VariableNode verdict;

    public TestProcess(Station station, TestDefinition definition)
        : base(station)
    {
        steps = [.. definition.Steps];
        values = new VariableNode[steps.Length];
        passed = new VariableNode[steps.Length];
        var stepsNode = Space.AddObject(Machine, "Steps", "Steps of the test program");
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            var node = Space.AddObject(stepsNode, step.Name, $"Test step {step.Name}");
            values[i] = Space.AddVariable(node, "Value", VariableType.Double, "Value measured on the last board", step.Unit);
            Space.AddVariable(node, "Low", VariableType.Double, "Lowest passing value", step.Unit).Set(step.Low);
            Space.AddVariable(node, "High", VariableType.Double, "Highest passing value", step.Unit).Set(step.High);
            passed[i] = Space.AddVariable(node, "Passed", VariableType.Boolean, "True when the last board's value was within the limits");
        }

        verdict = Variable("Verdict", VariableType.String, "Pass or Fail for the last board; empty before the first");
    }

    public override Verdict Finish(Board board, double cycleSeconds)
    {
        var random = Station.Random;
        string? firstFailure = null;
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            var value = step.IsBoolean
                ? (random.Chance(step.FailRate) ? 0 : 1)
                : Math.Round(step.Nominal + step.Sigma * random.Normal(), 4);
            var ok = value >= step.Low && value <= step.High;
            values[i].Set(value);
            passed[i].Set(ok);
            Station.Emit(new UnitMeasured(Station.EventTime, Station.Id, board.Serial, step.Name, value, step.Unit, ok));
            firstFailure ??= ok ? null : $"{step.Name} out of limits";
        }

        var result = firstFailure is null ? BaseVerdict("Functional failure") : Verdict.Reject(firstFailure);
        verdict.Set(result.Good ? "Pass" : "Fail");
        return result;
    }
}
