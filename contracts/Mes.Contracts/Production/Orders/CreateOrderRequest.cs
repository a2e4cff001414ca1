namespace Mes.Contracts.Production.Orders;

/// <summary>Enters a production order.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id creates nothing twice.</param>
/// <param name="ProductNo">The product to build.</param>
/// <param name="LineId">The line it runs on.</param>
/// <param name="Quantity">Units ordered.</param>
/// <param name="DueDate">When they are due (UTC).</param>
/// <param name="Bonded">True when the order consumes bonded material.</param>
/// <param name="NormVersion">For bonded orders: the customs unit-consumption norm version.</param>
[GenerateSerializer, Immutable, Alias("mes.production.create-order")]
public sealed record CreateOrderRequest(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string ProductNo,
    [property: Id(2)] string LineId,
    [property: Id(3)] int Quantity,
    [property: Id(4)] DateTimeOffset DueDate,
    [property: Id(5)] bool Bonded,
    [property: Id(6)] int? NormVersion);
