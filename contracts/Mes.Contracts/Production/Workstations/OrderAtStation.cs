namespace Mes.Contracts.Production.Workstations;

/// <summary>The order a workstation works on.</summary>
/// <param name="OrderNo">Order number.</param>
/// <param name="ProductNo">Product.</param>
/// <param name="Bonded">True when only bonded reels may be loaded.</param>
[GenerateSerializer, Immutable, Alias("mes.production.order-at-station")]
public sealed record OrderAtStation(
    [property: Id(0)] string OrderNo,
    [property: Id(1)] string ProductNo,
    [property: Id(2)] bool Bonded);
