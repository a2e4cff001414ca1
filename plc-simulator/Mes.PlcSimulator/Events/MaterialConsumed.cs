namespace Mes.PlcSimulator.Events;

/// <summary>
/// Material taken from a slot for one board: <see cref="Quantity"/> is everything taken (for pieces, the picks),
/// of which <see cref="Attrition"/> was lost (the mispicks).
/// </summary>
public sealed record MaterialConsumed(
    DateTimeOffset At,
    string Machine,
    string Serial,
    string Slot,
    string PartNo,
    decimal Quantity,
    decimal Attrition,
    string Unit) : SimulationEvent(At, Machine);
