using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>
/// Goods of a part leave the stock on site: taken from <see cref="PreferredLots"/> first, then from the oldest
/// lots of the part in <see cref="Status"/>.
/// </summary>
public abstract record OutboundCommand : LedgerCommand
{
    private protected OutboundCommand()
    {
    }

    /// <summary>The part shipped.</summary>
    public required PartNo Part { get; init; }

    /// <summary>The quantity in the part's stock unit.</summary>
    public required decimal StockQuantity { get; init; }

    /// <summary>Which stock it leaves.</summary>
    public BondedStatus Status { get; init; } = BondedStatus.Bonded;

    /// <summary>Lots to take first.</summary>
    public IReadOnlyList<LotNo> PreferredLots { get; init; } = [];

    /// <summary>The declared value of the whole movement, shared over the lots pro rata.</summary>
    public Money? Value { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Text("part", Part.Value);
        writer.Number("stockQuantity", StockQuantity);
        writer.Enum("status", (BondedStatus?)Status);
        writer.Integer("preferredLots.count", PreferredLots.Count);
        foreach (var lot in PreferredLots)
        {
            writer.Text("preferredLot", lot.Value);
        }

        writer.Number("value.amount", Value?.Amount);
        writer.Text("value.currency", Value?.Currency.Value);
    }
}
