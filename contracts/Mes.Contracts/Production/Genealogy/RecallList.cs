namespace Mes.Contracts.Production.Genealogy;

/// <summary>Where a lot went: the units that used it, their orders and shipments.</summary>
/// <param name="LotNo">The lot.</param>
/// <param name="Units">Every unit reached, directly or through components.</param>
/// <param name="Orders">Their orders.</param>
/// <param name="Shipments">The shipments they left in.</param>
[GenerateSerializer, Immutable, Alias("mes.production.recall-list")]
public sealed record RecallList(
    [property: Id(0)] string LotNo,
    [property: Id(1)] IReadOnlyList<RecalledUnit> Units,
    [property: Id(2)] IReadOnlyList<string> Orders,
    [property: Id(3)] IReadOnlyList<string> Shipments);
