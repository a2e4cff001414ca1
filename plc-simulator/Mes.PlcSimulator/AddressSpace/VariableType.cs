namespace Mes.PlcSimulator.AddressSpace;

/// <summary>The OPC UA built-in data types the simulator's variables use (names as in OPC UA Part 6).</summary>
public enum VariableType
{
    /// <summary>Boolean (i=1).</summary>
    Boolean,
    /// <summary>Int32 (i=6).</summary>
    Int32,
    /// <summary>UInt32 (i=7).</summary>
    UInt32,
    /// <summary>UInt64 (i=9).</summary>
    UInt64,
    /// <summary>Double (i=11).</summary>
    Double,
    /// <summary>String (i=12).</summary>
    String,
    /// <summary>DateTime (i=13), UTC.</summary>
    DateTime,
}
