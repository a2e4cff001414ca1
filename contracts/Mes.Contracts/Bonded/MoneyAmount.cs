namespace Mes.Contracts.Bonded;

/// <summary>An amount in a customs currency (three-digit code, e.g. <c>502</c> US dollar).</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.money")]
public sealed record MoneyAmount([property: Id(0)] decimal Amount, [property: Id(1)] string Currency);
