namespace Mes.Contracts.Bonded;

/// <summary>The basis of a domestic sale's duty.</summary>
/// <param name="Treatment"><c>AsImportedMaterials</c>, <c>AsFinishedGoods</c> or <c>AsInspectedState</c>.</param>
/// <param name="DutiableValue">The dutiable value.</param>
[GenerateSerializer, Immutable, Alias("mes.bonded.duty-basis")]
public sealed record DutyBasisRef([property: Id(0)] string Treatment, [property: Id(1)] MoneyAmount DutiableValue);
