using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Goods of a part arrive in a new lot (or an emptied one received again).</summary>
public abstract record ReceiptCommand : LedgerCommand
{
    private protected ReceiptCommand()
    {
    }

    /// <summary>The lot the goods go into.</summary>
    public required LotNo Lot { get; init; }

    /// <summary>The part received; its mapping gives the item.</summary>
    public required PartNo Part { get; init; }

    /// <summary>The quantity in the part's stock unit.</summary>
    public required decimal StockQuantity { get; init; }

    /// <summary>The declared value of the line.</summary>
    public Money? Value { get; init; }

    /// <summary>The origin; the item's filed origin when absent.</summary>
    public CountryCode? Origin { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Text("lot", Lot.Value);
        writer.Text("part", Part.Value);
        writer.Number("stockQuantity", StockQuantity);
        writer.Number("value.amount", Value?.Amount);
        writer.Text("value.currency", Value?.Currency.Value);
        writer.Text("origin", Origin?.Value);
    }
}
