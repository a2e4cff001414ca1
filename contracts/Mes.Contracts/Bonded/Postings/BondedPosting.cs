namespace Mes.Contracts.Bonded.Postings;

/// <summary>
/// A command to post to an account book. Every posting carries the caller's idempotency key (a repeat
/// with the same key and payload is answered with the entries it produced; another payload under the same
/// key is refused), the documents it rests on and an optional reason. Quantities are exact decimals in the
/// part's stock unit. Enumerated values travel as the domain's member names (<c>Bonded</c>, <c>Export</c>…).
/// </summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.posting")]
public abstract record BondedPosting
{
    /// <summary>The caller's key for this posting: printable ASCII without spaces, at most 128 characters.</summary>
    [Id(0)] public required string IdempotencyKey { get; init; }

    /// <summary>The documents the movement rests on.</summary>
    [Id(1)] public IReadOnlyList<DocumentReference> Documents { get; init; } = [];

    /// <summary>Why, in the poster's words; required for stock adjustments and reversals.</summary>
    [Id(2)] public string? Reason { get; init; }
}
