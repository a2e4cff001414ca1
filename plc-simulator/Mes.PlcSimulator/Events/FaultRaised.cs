using Mes.PlcSimulator.Definition;

namespace Mes.PlcSimulator.Events;

/// <summary>An alarm became active: its code and text, the machine's reaction, how long it lasts, and whether it came by chance or by InjectFault.</summary>
public sealed record FaultRaised(
    DateTimeOffset At,
    string Machine,
    string Code,
    string Text,
    FaultReaction Reaction,
    double Duration,
    bool Injected) : SimulationEvent(At, Machine);
