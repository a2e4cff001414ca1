namespace Mes.Contracts.Production.Units;

/// <summary>Lifts the hold of a unit or a lot.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="By">Who: a badge or a user name.</param>
[GenerateSerializer, Immutable, Alias("mes.production.release")]
public sealed record ReleaseRequest([property: Id(0)] string RequestId, [property: Id(1)] string By);
