using Mes.Contracts.Production.Workstations;

namespace Mes.Grains.Production.Oee;

/// <summary>
/// What the stored history cannot tell about a workstation: the interval still running, the downtime still
/// open, and the sequence of the last event the workstation had committed when it was read. Stored rows up
/// to that sequence and the open interval and downtime together are one consistent picture.
/// </summary>
[GenerateSerializer, Immutable, Alias("mes.production.machine-window")]
public sealed record MachineWindow(
    [property: Id(0)] OpenState? Open,
    [property: Id(1)] long Sequence,
    [property: Id(2)] DowntimeRecord? OpenDowntime);
