namespace Mes.Domain.Production.Genealogy;

/// <summary>
/// What went into a unit: every lot (directly, and through its serialised components), the component
/// serials, the workstations and operators involved, and the operation records themselves.
/// </summary>
public sealed record BackwardTrace(
    string Serial,
    IReadOnlyList<LotUsage> Lots,
    IReadOnlyList<string> ComponentSerials,
    IReadOnlyList<string> Workstations,
    IReadOnlyList<string> Operators,
    IReadOnlyList<OperationRecord> Operations);
