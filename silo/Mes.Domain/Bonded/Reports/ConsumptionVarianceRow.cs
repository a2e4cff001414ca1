using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Reports;

/// <summary>
/// Actual against declared consumption of one material for one order (bonded-notes R5, §6.4): the book's
/// consumption follows the norm, the floor's follows reality; a lasting gap means the norm must be changed.
/// </summary>
/// <param name="Order">The production order.</param>
/// <param name="Product">The finished good.</param>
/// <param name="NormVersion">The norm version the order consumed under.</param>
/// <param name="Produced">Finished goods booked for the order.</param>
/// <param name="Material">The material.</param>
/// <param name="DeclaredUnit">The unit of the quantities.</param>
/// <param name="Declared">Consumption booked by norm (bonded and non-bonded).</param>
/// <param name="Actual">Consumption reported by the floor, converted to declared units.</param>
/// <param name="Variance">Actual − declared.</param>
/// <param name="VariancePercent">Variance ÷ declared × 100, two decimals; null when nothing was declared.</param>
/// <param name="OutsideTolerance">True when the variance exceeds the tolerance, or material was used that the norm does not declare.</param>
public sealed record ConsumptionVarianceRow(
    OrderNo Order,
    ItemNo Product,
    int NormVersion,
    decimal Produced,
    ItemNo Material,
    UnitOfMeasure DeclaredUnit,
    decimal Declared,
    decimal Actual,
    decimal Variance,
    decimal? VariancePercent,
    bool OutsideTolerance);
