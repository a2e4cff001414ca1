namespace Mes.PlcSimulator.AddressSpace;

/// <summary>What a client may do with a variable (the AccessLevel attribute: CurrentRead, or CurrentRead | CurrentWrite).</summary>
public enum VariableAccess
{
    /// <summary>Read and subscribe only.</summary>
    Read,
    /// <summary>Also writable: setpoints and the mode.</summary>
    ReadWrite,
}
