namespace Mes.PlcSimulator.Definition;

/// <summary>
/// How a process deviation raises a rate: the rate is multiplied by 1 + Sensitivity × (deviation / Tolerance)².
/// </summary>
public sealed record DriftEffectDefinition(double Tolerance, double Sensitivity)
{
    /// <summary>The factor a deviation multiplies the base rate by.</summary>
    public double Factor(double deviation)
    {
        var relative = deviation / Tolerance;
        return 1 + Sensitivity * relative * relative;
    }
}
