using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Reports;

/// <summary>One entry of an item's ledger with the running book balance after it.</summary>
public sealed record ItemLedgerLine(
    long Sequence,
    DateTimeOffset PostedAt,
    EntryKind Kind,
    EntryKind EffectiveKind,
    LotNo? Lot,
    PartNo? Part,
    OrderNo? Order,
    DocumentRefs Documents,
    decimal In,
    decimal Out,
    decimal Balance,
    string Actor,
    string? Reason);
