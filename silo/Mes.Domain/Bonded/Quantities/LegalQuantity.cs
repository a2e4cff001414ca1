using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Quantities;

/// <summary>A quantity in a legal unit together with the factor (legal per declared unit) it was computed with.</summary>
public readonly record struct LegalQuantity(decimal Value, UnitOfMeasure Unit, decimal Factor);
