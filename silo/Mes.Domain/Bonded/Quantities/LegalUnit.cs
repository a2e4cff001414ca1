using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Quantities;

/// <summary>
/// A legal unit of measure of an item (法定计量单位) with its factor: legal quantity per one declared unit
/// (<c>FstSfVal</c> / <c>SecdSfVal</c> on the inventory list line), e.g. 0.001 thousand pieces per piece.
/// </summary>
public sealed record LegalUnit(UnitOfMeasure Unit, decimal FactorPerDeclaredUnit);
