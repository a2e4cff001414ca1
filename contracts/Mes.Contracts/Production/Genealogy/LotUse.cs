namespace Mes.Contracts.Production.Genealogy;

/// <summary>One use of a lot by a unit.</summary>
/// <param name="LotNo">The lot.</param>
/// <param name="PartNo">Its part.</param>
/// <param name="Serial">The unit that used it.</param>
/// <param name="OperationId">At which operation.</param>
/// <param name="WorkstationId">At which workstation.</param>
/// <param name="Slot">From which slot.</param>
/// <param name="Quantity">How much.</param>
/// <param name="QuantitySource"><c>PickCount</c> (the machine's picks) or <c>BomQtyPer</c>.</param>
[GenerateSerializer, Immutable, Alias("mes.production.lot-use")]
public sealed record LotUse(
    [property: Id(0)] string LotNo,
    [property: Id(1)] string PartNo,
    [property: Id(2)] string Serial,
    [property: Id(3)] string OperationId,
    [property: Id(4)] string WorkstationId,
    [property: Id(5)] string Slot,
    [property: Id(6)] decimal Quantity,
    [property: Id(7)] string QuantitySource);
