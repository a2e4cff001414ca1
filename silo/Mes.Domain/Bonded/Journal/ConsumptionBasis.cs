namespace Mes.Domain.Bonded.Journal;

/// <summary>
/// The norm figures a consumption entry was computed with, copied into the entry so that the journal
/// explains itself without the master data, and the scrap this consumption may yield.
/// </summary>
/// <param name="Net">Net consumption per declared unit of product.</param>
/// <param name="TangibleLossPercent">Tangible loss in percent.</param>
/// <param name="IntangibleLossPercent">Intangible loss in percent.</param>
/// <param name="BondedSharePercent">Bonded share of the material in percent.</param>
/// <param name="TheoreticalScrap">The tangible share of this entry's declared quantity, rounded to the declared precision.</param>
public sealed record ConsumptionBasis(
    decimal Net,
    decimal TangibleLossPercent,
    decimal IntangibleLossPercent,
    decimal BondedSharePercent,
    decimal TheoreticalScrap);
