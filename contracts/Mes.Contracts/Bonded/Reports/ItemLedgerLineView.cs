namespace Mes.Contracts.Bonded.Reports;

/// <summary>One entry of an item's ledger with the running book balance after it.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.item-ledger-line")]
public sealed record ItemLedgerLineView(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset PostedAt,
    [property: Id(2)] string Kind,
    [property: Id(3)] string EffectiveKind,
    [property: Id(4)] string? Lot,
    [property: Id(5)] string? Part,
    [property: Id(6)] string? Order,
    [property: Id(7)] string Documents,
    [property: Id(8)] decimal In,
    [property: Id(9)] decimal Out,
    [property: Id(10)] decimal Balance,
    [property: Id(11)] string Actor,
    [property: Id(12)] string? Reason);
