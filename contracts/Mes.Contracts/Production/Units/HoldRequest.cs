namespace Mes.Contracts.Production.Units;

/// <summary>Puts a unit or a lot on hold.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="Reason">Why (required).</param>
/// <param name="By">Who: a badge or a user name.</param>
[GenerateSerializer, Immutable, Alias("mes.production.hold")]
public sealed record HoldRequest(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Reason,
    [property: Id(2)] string By);
