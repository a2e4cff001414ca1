using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>
/// The inventory-list line of goods held in suspense has arrived: the lot's whole suspense quantity moves onto
/// the book as a receipt. <see cref="LedgerCommand.Documents"/> must hold the list line.
/// </summary>
public sealed record AttachReceiptDocument : LedgerCommand
{
    /// <summary>The lot in suspense.</summary>
    public required LotNo Lot { get; init; }

    /// <summary>The declared value of the line.</summary>
    public Money? Value { get; init; }

    /// <summary>The origin, if the receipt did not know it.</summary>
    public CountryCode? Origin { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Text("lot", Lot.Value);
        writer.Number("value.amount", Value?.Amount);
        writer.Text("value.currency", Value?.Currency.Value);
        writer.Text("origin", Origin?.Value);
    }
}
