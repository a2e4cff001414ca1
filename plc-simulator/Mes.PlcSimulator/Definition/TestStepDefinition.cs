namespace Mes.PlcSimulator.Definition;

/// <summary>
/// One measurement of the test program, with the limits of the route's test step. A <c>bool</c> step reads 1,
/// or 0 with probability <see cref="FailRate"/>; any other reads Nominal + Sigma × N(0, 1).
/// </summary>
public sealed record TestStepDefinition(string Name, string Unit, double Low, double High, double Nominal, double Sigma, double FailRate)
{
    /// <summary>The unit of pass/fail steps.</summary>
    public const string Boolean = "bool";

    /// <summary>True for a pass/fail step.</summary>
    public bool IsBoolean => Unit == Boolean;
}
