namespace Mes.PlcSimulator.Definition;

/// <summary>The test program: the steps measured on every board; the board passes when every step is in its limits.</summary>
public sealed record TestDefinition(IReadOnlyList<TestStepDefinition> Steps);
