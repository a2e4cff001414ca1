namespace Mes.PlcSimulator.Engine;

/// <summary>PackML unit modes the simulated machines offer; published by name in <c>Mode</c>.</summary>
public enum MachineMode
{
    /// <summary>Running product; the only mode Start is accepted in.</summary>
    Production,
    /// <summary>Planned maintenance: the machine does not take boards.</summary>
    Maintenance,
    /// <summary>Manual operation (jogging, teaching): the machine does not take boards.</summary>
    Manual,
}
