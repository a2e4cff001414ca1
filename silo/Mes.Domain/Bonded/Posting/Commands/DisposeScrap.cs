using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Scrap of a material sold (taxed in its inspected state), returned abroad or destroyed.</summary>
public sealed record DisposeScrap : LedgerCommand
{
    /// <summary>The part whose scrap leaves (its mapping gives the item).</summary>
    public required PartNo Part { get; init; }

    /// <summary>The quantity in the part's stock unit.</summary>
    public required decimal StockQuantity { get; init; }

    /// <summary>How it leaves.</summary>
    public required DisposalMode Mode { get; init; }

    /// <summary>The duty basis; required for a domestic sale.</summary>
    public DutyBasis? Duty { get; init; }

    /// <summary>The declared value.</summary>
    public Money? Value { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Text("part", Part.Value);
        writer.Number("stockQuantity", StockQuantity);
        writer.Enum("mode", (DisposalMode?)Mode);
        writer.Enum("duty.treatment", Duty?.Treatment);
        writer.Number("duty.amount", Duty?.DutiableValue.Amount);
        writer.Text("duty.currency", Duty?.DutiableValue.Currency.Value);
        writer.Number("value.amount", Value?.Amount);
        writer.Text("value.currency", Value?.Currency.Value);
    }
}
