using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Goods sent out for outward processing (外发加工); they stay on the book, at the subcontractor.</summary>
public sealed record SendToSubcontractor : OutboundCommand
{
    /// <summary>The subcontractor.</summary>
    public required Counterparty Subcontractor { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        base.Describe(writer);
        writer.Text("subcontractor.code", Subcontractor.Code);
        writer.Text("subcontractor.name", Subcontractor.Name);
    }
}
