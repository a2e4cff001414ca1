namespace Mes.Contracts.Bonded.Postings;

/// <summary>Bonded goods arrive from another bonded enterprise on a carry-over list.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.receive-carry-over")]
public sealed record ReceiveCarryOverPosting : ReceiptPosting
{
    /// <summary>The transferring enterprise and its book.</summary>
    [Id(0)] public required CounterpartyRef From { get; init; }
}
