namespace Mes.Domain.Production.Machines;

/// <summary>The workstation entered <paramref name="State"/> at <paramref name="At"/>.</summary>
public sealed record StateChange(E10State State, DateTimeOffset At);
