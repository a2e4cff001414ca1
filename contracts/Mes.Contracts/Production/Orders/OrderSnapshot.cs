namespace Mes.Contracts.Production.Orders;

/// <summary>A production order and its progress.</summary>
/// <param name="OrderNo">Order number.</param>
/// <param name="ProductNo">Product.</param>
/// <param name="LineId">Line.</param>
/// <param name="Quantity">Units ordered.</param>
/// <param name="DueDate">Due (UTC).</param>
/// <param name="Bonded">Consumes bonded material.</param>
/// <param name="NormVersion">Customs norm version (bonded orders).</param>
/// <param name="Status"><c>Created</c>, <c>Released</c>, <c>InProgress</c>, <c>Completed</c> or <c>Closed</c>.</param>
/// <param name="MasterDataVersion">The master-data version it was released under, or null.</param>
/// <param name="SerialCount">Serials issued or registered.</param>
/// <param name="Finished">Units that passed their whole route.</param>
/// <param name="Scrapped">Units scrapped.</param>
/// <param name="Operations">Passed and failed counts and yield per operation, in route order.</param>
/// <param name="Sequence">How many events the order has recorded; grows with every change.</param>
[GenerateSerializer, Immutable, Alias("mes.production.order-snapshot")]
public sealed record OrderSnapshot(
    [property: Id(0)] string OrderNo,
    [property: Id(1)] string ProductNo,
    [property: Id(2)] string LineId,
    [property: Id(3)] int Quantity,
    [property: Id(4)] DateTimeOffset DueDate,
    [property: Id(5)] bool Bonded,
    [property: Id(6)] int? NormVersion,
    [property: Id(7)] string Status,
    [property: Id(8)] int? MasterDataVersion,
    [property: Id(9)] int SerialCount,
    [property: Id(10)] int Finished,
    [property: Id(11)] int Scrapped,
    [property: Id(12)] IReadOnlyList<OperationYield> Operations,
    [property: Id(13)] long Sequence);
