namespace Mes.PlcSimulator.Definition;

/// <summary>What a fault does to the machine, in PackML terms.</summary>
public enum FaultReaction
{
    /// <summary>Held until the alarm clears, then the machine carries on (a jam, an empty feeder).</summary>
    Hold,
    /// <summary>Aborted (a safety stop); after the alarm clears the operator clears, resets and restarts it.</summary>
    Abort,
}
