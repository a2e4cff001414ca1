namespace Mes.Contracts.Bonded.Postings;

/// <summary>
/// Goods arrive from abroad (<c>Bonded</c>) or bought domestically (<c>NonBonded</c>). With an inventory-list
/// line among the documents they are booked; without one they wait in suspense for <see cref="AttachReceiptDocumentPosting"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.receive-import")]
public sealed record ReceiveImportPosting : ReceiptPosting
{
    /// <summary><c>Bonded</c> or <c>NonBonded</c>.</summary>
    [Id(0)] public string Status { get; init; } = "Bonded";
}
