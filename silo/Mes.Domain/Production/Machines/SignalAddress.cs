namespace Mes.Domain.Production.Machines;

/// <summary>Which workstation, signal and (for slot counters) slot a node id stands for.</summary>
public sealed record SignalAddress(string WorkstationId, SignalKind Kind, string? Slot);
