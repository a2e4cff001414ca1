namespace Mes.OpcUa.Server.Nodes;

/// <summary>What clients may do with a variable's value (Part 3 §5.6.2).</summary>
[Flags]
public enum AccessLevel : byte
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>The current value can be read.</summary>
    CurrentRead = 1,
    /// <summary>The current value can be written.</summary>
    CurrentWrite = 2,
    /// <summary>Read and write.</summary>
    ReadWrite = CurrentRead | CurrentWrite,
}
