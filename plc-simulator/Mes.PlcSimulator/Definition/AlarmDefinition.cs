namespace Mes.PlcSimulator.Definition;

/// <summary>An alarm the machine can raise: its code and text as published, how the machine reacts, and how often it is the cause.</summary>
public sealed record AlarmDefinition(string Code, string Text, FaultReaction Reaction, double Weight);
