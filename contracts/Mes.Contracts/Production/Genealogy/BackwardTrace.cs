namespace Mes.Contracts.Production.Genealogy;

/// <summary>What went into a unit.</summary>
/// <param name="Serial">The unit.</param>
/// <param name="Lots">Every use of a lot, the components' included.</param>
/// <param name="ComponentSerials">Serialised components, transitively.</param>
/// <param name="Workstations">Workstations involved.</param>
/// <param name="Operators">Badges of the operators involved.</param>
/// <param name="Operations">The operation records, the unit's first, then its components'.</param>
[GenerateSerializer, Immutable, Alias("mes.production.backward-trace")]
public sealed record BackwardTrace(
    [property: Id(0)] string Serial,
    [property: Id(1)] IReadOnlyList<LotUse> Lots,
    [property: Id(2)] IReadOnlyList<string> ComponentSerials,
    [property: Id(3)] IReadOnlyList<string> Workstations,
    [property: Id(4)] IReadOnlyList<string> Operators,
    [property: Id(5)] IReadOnlyList<OperationTrace> Operations);
