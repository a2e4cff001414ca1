namespace Mes.PlcSimulator.AddressSpace;

/// <summary>One input or output argument of a method (an entry of its InputArguments or OutputArguments property).</summary>
public sealed record MethodArgument(string Name, VariableType DataType, string Description);
