namespace Mes.Grains.Production.Oee;

/// <summary>
/// What the stored history cannot tell about a workstation: the interval still running, and the sequence
/// of the last event the workstation had committed when it was read. Stored rows up to that sequence and
/// the open interval together are one consistent picture.
/// </summary>
[GenerateSerializer, Immutable, Alias("mes.production.machine-window")]
public sealed record MachineWindow([property: Id(0)] OpenState? Open, [property: Id(1)] long Sequence);
