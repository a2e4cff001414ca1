namespace Mes.Grains.Production.Orders;

/// <summary>What a workstation needs to know of an order: product, line, bond, status and the master-data
/// version it was released under.</summary>
[GenerateSerializer, Immutable, Alias("mes.production.order-assignment")]
public sealed record OrderAssignmentInfo(
    [property: Id(0)] string OrderNo,
    [property: Id(1)] string ProductNo,
    [property: Id(2)] string LineId,
    [property: Id(3)] bool Bonded,
    [property: Id(4)] string Status,
    [property: Id(5)] int? MasterDataVersion);
