using Mes.PlcSimulator.Definition;

namespace Mes.PlcSimulator.Engine;

/// <summary>The alarm a machine has active.</summary>
internal sealed record ActiveAlarm(string Code, string Text, FaultReaction Reaction);
