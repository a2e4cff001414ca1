namespace Mes.Contracts.Production.Units;

/// <summary>Why, by whom and since when a unit or lot is on hold.</summary>
/// <param name="Reason">Why.</param>
/// <param name="By">Who.</param>
/// <param name="At">Since (UTC).</param>
[GenerateSerializer, Immutable, Alias("mes.production.hold-info")]
public sealed record HoldInfo(
    [property: Id(0)] string Reason,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset At);
