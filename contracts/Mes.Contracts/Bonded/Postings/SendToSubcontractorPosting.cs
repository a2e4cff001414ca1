namespace Mes.Contracts.Bonded.Postings;

/// <summary>Goods sent out for outward processing; they stay on the book.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.send-to-subcontractor")]
public sealed record SendToSubcontractorPosting : OutboundPosting
{
    /// <summary>The subcontractor.</summary>
    [Id(0)] public required CounterpartyRef Subcontractor { get; init; }
}
