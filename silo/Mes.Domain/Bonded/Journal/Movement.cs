using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Journal;

/// <summary>What an entry moves: the kind, the item and lot, the quantities and everything that explains them.</summary>
public sealed record Movement
{
    /// <summary>The kind of movement.</summary>
    public required EntryKind Kind { get; init; }

    /// <summary>The account-book line the quantity is booked on.</summary>
    public required ItemNo Item { get; init; }

    /// <summary>Bonded or non-bonded; the balance of each is kept apart.</summary>
    public required BondedStatus Status { get; init; }

    /// <summary>The part of the physical ledger, when the movement concerns a lot or part.</summary>
    public PartNo? Part { get; init; }

    /// <summary>The lot moved, when the movement concerns one (scrap is booked per item only).</summary>
    public LotNo? Lot { get; init; }

    /// <summary>The quantity in stock, declared and legal units, with the factors used.</summary>
    public required EntryQuantities Quantities { get; init; }

    /// <summary>The declared value, when the movement has one.</summary>
    public Money? Value { get; init; }

    /// <summary>The country of origin of the goods.</summary>
    public CountryCode? Origin { get; init; }

    /// <summary>The customs and internal documents the movement rests on.</summary>
    public DocumentRefs Documents { get; init; } = DocumentRefs.None;

    /// <summary>The production order, for consumption, production, scrap and defectives of an order.</summary>
    public OrderNo? Order { get; init; }

    /// <summary>The norm version the goods were produced or consumed under.</summary>
    public NormRef? Norm { get; init; }

    /// <summary>The norm figures of a consumption.</summary>
    public ConsumptionBasis? Consumption { get; init; }

    /// <summary>The duty basis of a domestic sale.</summary>
    public DutyBasis? Duty { get; init; }

    /// <summary>The other party of a carry-over or outward processing.</summary>
    public Counterparty? Counterparty { get; init; }

    /// <summary>How scrap or defectives were disposed of.</summary>
    public DisposalMode? Disposal { get; init; }

    /// <summary>The entry this one reverses.</summary>
    public ReversalOf? Reverses { get; init; }

    /// <summary>The kind whose effect this movement has: its own, or for a reversal the reversed kind (negated).</summary>
    public EntryKind EffectiveKind => Reverses?.Kind ?? Kind;

    /// <summary>+1 for a movement, −1 for a reversal.</summary>
    public int Sign => Kind == EntryKind.Reversal ? -1 : 1;
}
