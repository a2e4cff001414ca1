namespace Mes.Contracts.Production.Orders;

/// <summary>Completions of one operation of an order.</summary>
/// <param name="OperationId">The operation.</param>
/// <param name="Passed">Units that passed it.</param>
/// <param name="Failed">Units that failed it.</param>
/// <param name="Yield">Passed / (passed + failed); 0 before any completion.</param>
[GenerateSerializer, Immutable, Alias("mes.production.operation-yield")]
public sealed record OperationYield(
    [property: Id(0)] string OperationId,
    [property: Id(1)] int Passed,
    [property: Id(2)] int Failed,
    [property: Id(3)] decimal Yield);
