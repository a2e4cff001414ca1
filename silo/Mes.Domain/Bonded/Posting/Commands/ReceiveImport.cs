using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>
/// Goods arrive in a new lot. With an inventory-list line among <see cref="LedgerCommand.Documents"/> they are
/// booked as an import receipt; without one they go to suspense until <see cref="AttachReceiptDocument"/>.
/// </summary>
public sealed record ReceiveImport : LedgerCommand
{
    /// <summary>The new lot (or an emptied one being received again).</summary>
    public required LotNo Lot { get; init; }

    /// <summary>The part received; its mapping gives the item.</summary>
    public required PartNo Part { get; init; }

    /// <summary>The quantity in the part's stock unit.</summary>
    public required decimal StockQuantity { get; init; }

    /// <summary>Bonded (imported under bond) or non-bonded (bought domestically into the zone).</summary>
    public BondedStatus Status { get; init; } = BondedStatus.Bonded;

    /// <summary>The declared value of the line.</summary>
    public Money? Value { get; init; }

    /// <summary>The origin; the item's filed origin when absent.</summary>
    public CountryCode? Origin { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Text("lot", Lot.Value);
        writer.Text("part", Part.Value);
        writer.Number("stockQuantity", StockQuantity);
        writer.Enum("status", (BondedStatus?)Status);
        writer.Number("value.amount", Value?.Amount);
        writer.Text("value.currency", Value?.Currency.Value);
        writer.Text("origin", Origin?.Value);
    }
}
