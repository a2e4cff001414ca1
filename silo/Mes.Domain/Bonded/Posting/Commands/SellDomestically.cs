using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Materials or finished goods sold into the domestic market (内销), with the basis of the duty paid.</summary>
public sealed record SellDomestically : OutboundCommand
{
    /// <summary>What the sale is taxed as and the dutiable value.</summary>
    public required DutyBasis Duty { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        base.Describe(writer);
        writer.Enum("duty.treatment", (DutyTreatment?)Duty.Treatment);
        writer.Number("duty.amount", Duty.DutiableValue.Amount);
        writer.Text("duty.currency", Duty.DutiableValue.Currency.Value);
    }
}
