using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Ledger;

/// <summary>
/// A lot as the customs ledger knows it: its part, item and status (fixed for its life), the document line
/// that brought it in, and its quantities in declared units.
/// </summary>
public sealed record LotBalance
{
    /// <summary>The lot.</summary>
    public required LotNo Lot { get; init; }

    /// <summary>The part the lot holds.</summary>
    public required PartNo Part { get; init; }

    /// <summary>The item the lot is booked on.</summary>
    public required ItemNo Item { get; init; }

    /// <summary>Bonded or non-bonded, for the whole life of the lot.</summary>
    public required BondedStatus Status { get; init; }

    /// <summary>Declared units per stock unit, as at the lot's receipt.</summary>
    public required decimal Factor { get; init; }

    /// <summary>The stock unit of the lot's part.</summary>
    public required UnitOfMeasure StockUnit { get; init; }

    /// <summary>The sequence of the entry that opened the lot; lots are used oldest first.</summary>
    public required long FirstSequence { get; init; }

    /// <summary>The inventory-list line that brought the lot in, once documented.</summary>
    public DocumentRef? SourceLine { get; init; }

    /// <summary>The origin of the goods.</summary>
    public CountryCode? Origin { get; init; }

    /// <summary>For a finished-goods lot, the norm version it was produced under.</summary>
    public NormRef? Norm { get; init; }

    /// <summary>On site.</summary>
    public decimal Stock { get; init; }

    /// <summary>At a subcontractor.</summary>
    public decimal AtSubcontractor { get; init; }

    /// <summary>Defective.</summary>
    public decimal Defective { get; init; }

    /// <summary>In suspense, awaiting a document.</summary>
    public decimal Suspense { get; init; }

    /// <summary>True when nothing of the lot is left anywhere.</summary>
    public bool IsEmpty => Stock == 0 && AtSubcontractor == 0 && Defective == 0 && Suspense == 0;

    /// <summary>The quantity in one of the lot's buckets (scrap is not kept per lot).</summary>
    public decimal In(Bucket bucket) => bucket switch
    {
        Bucket.Stock => Stock,
        Bucket.AtSubcontractor => AtSubcontractor,
        Bucket.Defective => Defective,
        Bucket.Suspense => Suspense,
        _ => 0m,
    };

    internal LotBalance Add(Bucket bucket, decimal delta) => bucket switch
    {
        Bucket.Stock => this with { Stock = Stock + delta },
        Bucket.AtSubcontractor => this with { AtSubcontractor = AtSubcontractor + delta },
        Bucket.Defective => this with { Defective = Defective + delta },
        Bucket.Suspense => this with { Suspense = Suspense + delta },
        _ => this,
    };
}
