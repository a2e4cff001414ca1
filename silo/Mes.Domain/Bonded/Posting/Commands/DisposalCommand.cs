using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Goods leave the books by domestic sale (with its duty basis), return abroad or destruction.</summary>
public abstract record DisposalCommand : LedgerCommand
{
    private protected DisposalCommand()
    {
    }

    /// <summary>The quantity in the stock unit.</summary>
    public required decimal StockQuantity { get; init; }

    /// <summary>How the goods leave.</summary>
    public required DisposalMode Mode { get; init; }

    /// <summary>The duty basis; required for a domestic sale.</summary>
    public DutyBasis? Duty { get; init; }

    /// <summary>The declared value.</summary>
    public Money? Value { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        writer.Number("stockQuantity", StockQuantity);
        writer.Enum("mode", (DisposalMode?)Mode);
        writer.Enum("duty.treatment", Duty?.Treatment);
        writer.Number("duty.amount", Duty?.DutiableValue.Amount);
        writer.Text("duty.currency", Duty?.DutiableValue.Currency.Value);
        writer.Number("value.amount", Value?.Amount);
        writer.Text("value.currency", Value?.Currency.Value);
    }
}
