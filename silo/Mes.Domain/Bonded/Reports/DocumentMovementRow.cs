using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Reports;

/// <summary>
/// The movements booked against one customs document line for one item (the declaration table of the
/// write-off package, and the movement list of a document).
/// </summary>
public sealed record DocumentMovementRow(
    DocumentRef Document,
    DateTimeOffset FirstPostedAt,
    EntryKind Kind,
    ItemNo Item,
    BondedStatus Status,
    decimal DeclaredQuantity,
    UnitOfMeasure DeclaredUnit,
    decimal? Amount,
    CurrencyCode? Currency,
    int Entries);
