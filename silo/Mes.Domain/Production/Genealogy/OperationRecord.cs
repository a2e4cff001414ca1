using Mes.Domain.Production.Units;

namespace Mes.Domain.Production.Genealogy;

/// <summary>
/// The genealogy record of one completed operation: which unit, where, by whom, when, with what result,
/// and what went into it (lots by slot, serialised components).
/// </summary>
public sealed record OperationRecord(
    string Serial,
    string OrderNo,
    string ProductNo,
    string OperationId,
    string WorkstationId,
    string Badge,
    DateTimeOffset StartedAt,
    DateTimeOffset CompletedAt,
    OperationResult Result,
    IReadOnlyList<string> DefectCodes,
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<ConsumedLot> ConsumedLots,
    IReadOnlyList<string> ComponentSerials,
    string RequestId,
    UnitStatus StatusAfter);
