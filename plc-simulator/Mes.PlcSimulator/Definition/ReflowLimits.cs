namespace Mes.PlcSimulator.Definition;

/// <summary>The range a reflow zone setpoint may take, in the line file and when written over OPC UA.</summary>
public static class ReflowLimits
{
    /// <summary>Lowest setpoint, °C (a zone switched to ambient).</summary>
    public const double MinSetpoint = 20;

    /// <summary>Highest setpoint, °C.</summary>
    public const double MaxSetpoint = 350;
}
