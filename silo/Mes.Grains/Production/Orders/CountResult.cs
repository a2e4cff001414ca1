namespace Mes.Grains.Production.Orders;

/// <summary>A unit tells its order an operation's result.</summary>
/// <param name="RequestId">The completion's request id: a retry is not counted twice.</param>
/// <param name="Serial">The unit.</param>
/// <param name="OperationId">The operation.</param>
/// <param name="Passed">Pass or fail.</param>
/// <param name="UnitFinished">True when the unit passed its last operation.</param>
[GenerateSerializer, Immutable, Alias("mes.production.count-result")]
public sealed record CountResult(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Serial,
    [property: Id(2)] string OperationId,
    [property: Id(3)] bool Passed,
    [property: Id(4)] bool UnitFinished);
