using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Reports;

/// <summary>
/// One line of the norm write-off table (单耗核销表): a finished good, a norm version and a material, with the
/// period's production, the bonded consumption booked and its split into net consumption and loss.
/// </summary>
/// <param name="Product">The finished good.</param>
/// <param name="NormVersion">The norm version.</param>
/// <param name="Material">The material.</param>
/// <param name="Produced">Finished goods produced under the version in the period (declared units of the product).</param>
/// <param name="Net">Net consumption per unit.</param>
/// <param name="TangibleLossPercent">Tangible loss in percent.</param>
/// <param name="IntangibleLossPercent">Intangible loss in percent.</param>
/// <param name="Gross">Gross unit consumption.</param>
/// <param name="BondedSharePercent">Bonded share in percent.</param>
/// <param name="Consumed">Bonded consumption booked (declared units of the material).</param>
/// <param name="NetConsumption">Produced × net × bonded share, rounded to the declared precision.</param>
/// <param name="TheoreticalLoss">Consumed − net consumption.</param>
/// <param name="TheoreticalScrap">The tangible part of the loss, as booked with each consumption.</param>
public sealed record NormConsumptionRow(
    ItemNo Product,
    int NormVersion,
    ItemNo Material,
    decimal Produced,
    decimal Net,
    decimal TangibleLossPercent,
    decimal IntangibleLossPercent,
    decimal Gross,
    decimal BondedSharePercent,
    decimal Consumed,
    decimal NetConsumption,
    decimal TheoreticalLoss,
    decimal TheoreticalScrap);
