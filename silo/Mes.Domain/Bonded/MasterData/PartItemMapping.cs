using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.MasterData;

/// <summary>
/// The link between the two ledgers (料号→项号 归并): from <see cref="EffectiveFrom"/> a part is booked on
/// <see cref="Item"/>, one stock unit counting as <see cref="Factor"/> declared units. A later mapping of the
/// same part supersedes this one from its own start; <see cref="EffectiveUntil"/> ends it without a successor.
/// </summary>
public sealed record PartItemMapping(
    PartNo Part,
    ItemNo Item,
    UnitOfMeasure StockUnit,
    decimal Factor,
    DateTimeOffset EffectiveFrom,
    DateTimeOffset? EffectiveUntil = null);
