using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Bonded goods arrive in a new lot from another bonded enterprise (深加工结转转入) on a carry-over list.</summary>
public sealed record ReceiveCarryOver : LedgerCommand
{
    /// <summary>The new lot.</summary>
    public required LotNo Lot { get; init; }

    /// <summary>The part received.</summary>
    public required PartNo Part { get; init; }

    /// <summary>The quantity in the part's stock unit.</summary>
    public required decimal StockQuantity { get; init; }

    /// <summary>The transferring enterprise and its book.</summary>
    public required Counterparty From { get; init; }

    /// <summary>The declared value.</summary>
    public Money? Value { get; init; }

    /// <summary>The origin; the item's filed origin when absent.</summary>
    public CountryCode? Origin { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Text("lot", Lot.Value);
        writer.Text("part", Part.Value);
        writer.Number("stockQuantity", StockQuantity);
        writer.Text("from.code", From.Code);
        writer.Text("from.name", From.Name);
        writer.Number("value.amount", Value?.Amount);
        writer.Text("value.currency", Value?.Currency.Value);
        writer.Text("origin", Origin?.Value);
    }
}
