using Mes.Domain.Production.Machines;

namespace Mes.Domain.Production.Workstations;

/// <summary>
/// The live picture of the machine: the raw values last published and the E10 state derived from them,
/// held since <see cref="Since"/> (null until the first signal).
/// </summary>
public sealed record MachinePicture
{
    /// <summary>Canonical PackML state.</summary>
    public string State { get; init; } = "Undefined";

    /// <summary>Unit mode, or null if the machine does not publish one.</summary>
    public string? Mode { get; init; }

    /// <summary>True while an alarm is active.</summary>
    public bool AlarmActive { get; init; }

    /// <summary>The last alarm code.</summary>
    public string? AlarmCode { get; init; }

    /// <summary>The last alarm text.</summary>
    public string? AlarmText { get; init; }

    /// <summary>The derived E10 state.</summary>
    public E10State E10 { get; init; } = E10State.NonScheduled;

    /// <summary>Since when the machine is in <see cref="E10"/>.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Source timestamp of the newest state, mode or alarm value applied.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The E10 state the raw values map to.</summary>
    public E10State Derived() => MachineStateMapping.ToE10(State, Mode, AlarmActive);
}
