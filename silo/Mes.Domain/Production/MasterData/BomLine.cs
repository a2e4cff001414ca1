namespace Mes.Domain.Production.MasterData;

/// <summary>
/// One component of a BOM: how much of a part goes into one unit, where on the board, and where on the
/// line it is fed from (<paramref name="WorkstationId"/> and <paramref name="Slot"/>: a feeder slot number
/// on a placer, "board" or "paste" at the printer, a bin at a manual station).
/// </summary>
public sealed record BomLine(
    string PartNo,
    decimal QtyPer,
    IReadOnlyList<string> ReferenceDesignators,
    string WorkstationId,
    string Slot);
