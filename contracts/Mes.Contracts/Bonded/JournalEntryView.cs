namespace Mes.Contracts.Bonded;

/// <summary>One journal entry as stored, with its hash chain.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.journal-entry")]
public sealed record JournalEntryView
{
    /// <summary>Position in the book's journal, from 1.</summary>
    [Id(0)] public required long Sequence { get; init; }

    /// <summary>The account book.</summary>
    [Id(1)] public required string Book { get; init; }

    /// <summary>Posting time (UTC, whole microseconds).</summary>
    [Id(2)] public required DateTimeOffset PostedAt { get; init; }

    /// <summary>The kind of movement, e.g. <c>ImportReceipt</c>, <c>Consumption</c>, <c>Export</c>.</summary>
    [Id(3)] public required string Kind { get; init; }

    /// <summary>The item, <c>I1</c> or <c>E1</c>.</summary>
    [Id(4)] public required string Item { get; init; }

    /// <summary><c>Bonded</c> or <c>NonBonded</c>.</summary>
    [Id(5)] public required string Status { get; init; }

    /// <summary>The part.</summary>
    [Id(6)] public string? Part { get; init; }

    /// <summary>The lot.</summary>
    [Id(7)] public string? Lot { get; init; }

    /// <summary>Quantity in the stock unit.</summary>
    [Id(8)] public required decimal StockQuantity { get; init; }

    /// <summary>The stock unit.</summary>
    [Id(9)] public required string StockUnit { get; init; }

    /// <summary>Declared units per stock unit, as used.</summary>
    [Id(10)] public required decimal Factor { get; init; }

    /// <summary>Quantity in the declared unit.</summary>
    [Id(11)] public required decimal DeclaredQuantity { get; init; }

    /// <summary>The declared unit.</summary>
    [Id(12)] public required string DeclaredUnit { get; init; }

    /// <summary>The first legal quantity.</summary>
    [Id(13)] public required LegalQuantityView FirstLegal { get; init; }

    /// <summary>The second legal quantity, if the item has one.</summary>
    [Id(14)] public LegalQuantityView? SecondLegal { get; init; }

    /// <summary>The declared value.</summary>
    [Id(15)] public MoneyAmount? Value { get; init; }

    /// <summary>Country of origin.</summary>
    [Id(16)] public string? Origin { get; init; }

    /// <summary>Documents cited.</summary>
    [Id(17)] public IReadOnlyList<DocumentReference> Documents { get; init; } = [];

    /// <summary>The production order.</summary>
    [Id(18)] public string? Order { get; init; }

    /// <summary>The norm's product item, for production and consumption.</summary>
    [Id(19)] public string? NormProduct { get; init; }

    /// <summary>The norm version.</summary>
    [Id(20)] public int? NormVersion { get; init; }

    /// <summary>The sequence of the entry this one reverses.</summary>
    [Id(21)] public long? Reverses { get; init; }

    /// <summary>Who posted it.</summary>
    [Id(22)] public required PostingActor Actor { get; init; }

    /// <summary>The reason given.</summary>
    [Id(23)] public string? Reason { get; init; }

    /// <summary>The idempotency key of the posting.</summary>
    [Id(24)] public required string IdempotencyKey { get; init; }

    /// <summary>The hash of the previous entry (or the book's genesis hash).</summary>
    [Id(25)] public required string PreviousHash { get; init; }

    /// <summary>SHA-256 of this entry's canonical form.</summary>
    [Id(26)] public required string Hash { get; init; }
}
