using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.MasterData;

/// <summary>
/// One line of a unit-consumption norm (单耗): how much of <see cref="Material"/> one declared unit of
/// <see cref="Product"/> consumes under norm <see cref="Version"/>. Gross unit consumption (<c>ucnsQty</c>) is
/// net / (1 − (tangible% + intangible%) / 100), in exact decimals. Tangible loss leaves as physical scrap
/// (边角料); intangible loss (evaporation, flux burn-off) leaves nothing that could be weighed.
/// </summary>
/// <param name="Product">The finished good (E item).</param>
/// <param name="Material">The material (I item).</param>
/// <param name="Version">The norm version (单耗版本号) production orders cite.</param>
/// <param name="Net">Net consumption per declared unit of product (净耗).</param>
/// <param name="TangibleLossPercent">Tangible process loss in percent (有形损耗率).</param>
/// <param name="IntangibleLossPercent">Intangible process loss in percent (无形损耗率).</param>
/// <param name="BondedSharePercent">The share of the material that is bonded (保税料件比例), in percent.</param>
/// <param name="EffectiveFrom">When the version takes effect.</param>
/// <param name="EffectiveUntil">When the version stops being citable, if declared.</param>
public sealed record UnitConsumptionNorm(
    ItemNo Product,
    ItemNo Material,
    int Version,
    decimal Net,
    decimal TangibleLossPercent,
    decimal IntangibleLossPercent,
    decimal BondedSharePercent,
    DateTimeOffset EffectiveFrom,
    DateTimeOffset? EffectiveUntil = null)
{
    /// <summary>Total process loss in percent.</summary>
    public decimal LossPercent => TangibleLossPercent + IntangibleLossPercent;

    /// <summary>Gross unit consumption (单耗): net / (1 − loss% / 100).</summary>
    public decimal Gross => GrossOf(Net, LossPercent);

    /// <summary>Gross unit consumption of a net consumption and a total loss in percent: net / (1 − loss% / 100).</summary>
    public static decimal GrossOf(decimal net, decimal lossPercent) => net / (1m - (lossPercent / 100m));

    /// <summary>Material consumed, bonded and non-bonded together, for <paramref name="produced"/> units of product.</summary>
    public decimal GrossConsumption(decimal produced) => produced * Gross;

    /// <summary>The bonded part of <see cref="GrossConsumption"/>, the quantity written off this book.</summary>
    public decimal BondedConsumption(decimal produced) => GrossConsumption(produced) * BondedSharePercent / 100m;

    /// <summary>The whole process loss (tangible and intangible) for <paramref name="produced"/> units of product.</summary>
    public decimal TheoreticalLoss(decimal produced) => (produced * Gross) - (produced * Net);

    /// <summary>
    /// The scrap a consumption may yield: its tangible share. Scrap is part of the consumption already
    /// (bonded-notes R1, R4) and is never deducted from the material a second time.
    /// </summary>
    public decimal TheoreticalScrap(decimal consumed) => consumed * TangibleLossPercent / 100m;

    /// <summary>True when the version may be cited at <paramref name="at"/>.</summary>
    public bool IsEffectiveAt(DateTimeOffset at) => at >= EffectiveFrom && (EffectiveUntil is not { } until || at < until);
}
