namespace Mes.Contracts.Bonded;

/// <summary>A quantity in a legal unit with the factor (legal units per declared unit) it was computed with.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.legal-quantity")]
public sealed record LegalQuantityView([property: Id(0)] decimal Quantity, [property: Id(1)] string Unit, [property: Id(2)] decimal Factor);
