using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Defectives of a lot sold, returned abroad or destroyed with customs approval; they leave the book.</summary>
public sealed record DisposeDefective : LedgerCommand
{
    /// <summary>The lot.</summary>
    public required LotNo Lot { get; init; }

    /// <summary>The quantity in the lot's stock unit.</summary>
    public required decimal StockQuantity { get; init; }

    /// <summary>How they leave.</summary>
    public required DisposalMode Mode { get; init; }

    /// <summary>The duty basis; required for a domestic sale.</summary>
    public DutyBasis? Duty { get; init; }

    /// <summary>The declared value.</summary>
    public Money? Value { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Text("lot", Lot.Value);
        writer.Number("stockQuantity", StockQuantity);
        writer.Enum("mode", (DisposalMode?)Mode);
        writer.Enum("duty.treatment", Duty?.Treatment);
        writer.Number("duty.amount", Duty?.DutiableValue.Amount);
        writer.Text("duty.currency", Duty?.DutiableValue.Currency.Value);
        writer.Number("value.amount", Value?.Amount);
        writer.Text("value.currency", Value?.Currency.Value);
    }
}
